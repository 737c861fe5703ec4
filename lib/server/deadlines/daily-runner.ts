import { todayInShanghai } from "@/lib/domain/dates";
import type { DailySweep } from "./daily-sweep";
import { runSweeps, type SweepsOutcome } from "./run-sweeps";

/** After a failed sweep, the next request that asks tries again once this long has passed. */
export const RETRY_AFTER_MS = 60_000;

type CityRun = { day: string; done: Promise<SweepsOutcome>; failedAt: number | null };

export type DailyRunner = {
  /** The city's sweeps for today (Asia/Shanghai): started by the first caller of the day, shared by every later one. */
  ensure(cityId: string): Promise<SweepsOutcome>;
};

/**
 * Runs each city's daily sweeps at most once per day in this process, however many requests ask:
 * concurrent callers share the one run, later ones get its settled result at no cost. A new day
 * (or a failed sweep, after RETRY_AFTER_MS) starts a new run. Several processes each run once a
 * day; the sweeps are idempotent, so the second run sends nothing twice.
 */
export function createDailyRunner({ sweeps, now = () => new Date() }: { sweeps: readonly DailySweep[]; now?: () => Date }): DailyRunner {
  const runs = new Map<string, CityRun>();
  return {
    ensure(cityId) {
      const at = now();
      const day = todayInShanghai(at);
      const current = runs.get(cityId);
      if (current && current.day === day && (current.failedAt === null || at.getTime() - current.failedAt < RETRY_AFTER_MS)) return current.done;
      const run: CityRun = { day, done: Promise.resolve({ created: {}, failed: [] }), failedAt: null };
      run.done = runSweeps(cityId, day, sweeps).then((outcome) => {
        if (outcome.failed.length > 0) run.failedAt = now().getTime();
        return outcome;
      });
      runs.set(cityId, run);
      return run.done;
    },
  };
}
