import type { RoundDetail, RoundSite } from "./api-types";

/** The round's sites this inspector checks: those assigned to them, and those assigned to nobody. */
export function mySites(round: RoundDetail, userId: string): RoundSite[] {
  return round.sites.filter((entry) => entry.inspector === null || entry.inspector.id === userId);
}

/** A site is done when every expected check is in. */
export function isSiteDone(entry: RoundSite): boolean {
  return entry.progress.expected > 0 && entry.progress.done >= entry.progress.expected;
}
