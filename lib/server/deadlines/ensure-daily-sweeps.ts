import { createDailyRunner, type DailyRunner } from "./daily-runner";
import { DAILY_SWEEPS } from "./daily-sweeps";

// One runner per server process (kept across hot reloads in development).
const holder = globalThis as { __chuangwenDailyRunner?: DailyRunner };
const runner = (holder.__chuangwenDailyRunner ??= createDailyRunner({ sweeps: DAILY_SWEEPS }));

/** Today's sweeps of the city, run once per day by this process; resolves when they are done. */
export async function ensureDailySweeps(cityId: string | null): Promise<void> {
  if (cityId) await runner.ensure(cityId);
}

/**
 * Starts today's sweeps of the city without waiting: what a page render calls, so the shell never
 * waits on a write. Once the day's run is done this costs nothing.
 */
export function startDailySweeps(cityId: string | null): void {
  if (cityId) void runner.ensure(cityId);
}
