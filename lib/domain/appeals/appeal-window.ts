import { addDays, todayInShanghai } from "@/lib/domain/dates";

/**
 * The appeal window (申诉期) of a closed round: from the Shanghai day it closed through `appealDays`
 * days later, both inclusive; null when appeals are off (0 days) or the round never closed.
 */
export function appealWindowClosesOn(closedAt: Date | null, appealDays: number): string | null {
  if (!closedAt || appealDays <= 0) return null;
  return addDays(todayInShanghai(closedAt), appealDays);
}

export function isAppealWindowOpen(closedAt: Date | null, appealDays: number, now: Date = new Date()): boolean {
  const closesOn = appealWindowClosesOn(closedAt, appealDays);
  return closesOn !== null && todayInShanghai(now) <= closesOn;
}
