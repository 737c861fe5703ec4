import { todayInShanghai } from "@/lib/domain/dates";
import { sweepDeadlineNotifications } from "./sweep-deadline-notifications";

// Reading the notification list or the unread count sweeps the reader's city first. Opening the
// list always sweeps; the side nav asks for the count on every page, so for the count one process
// sweeps a city at most once a minute. The sweep itself is idempotent, so several processes (or a
// restart) only repeat harmless work.
const SWEEP_INTERVAL_MS = 60_000;
const lastSwept = ((globalThis as { __chuangwenSweeps?: Map<string, number> }).__chuangwenSweeps ??= new Map());

export async function sweepCityIfDue(cityId: string | null, { force = false, now = new Date() } = {}): Promise<void> {
  if (!cityId) return;
  const last = lastSwept.get(cityId);
  if (!force && last !== undefined && now.getTime() - last < SWEEP_INTERVAL_MS) return;
  lastSwept.set(cityId, now.getTime());
  try {
    await sweepDeadlineNotifications(cityId, todayInShanghai(now));
  } catch (error) {
    // A failed sweep must not take the page down; the next read tries again.
    lastSwept.delete(cityId);
    console.error("[notifications] deadline sweep failed", error);
  }
}
