import type { Tx } from "@/lib/server/tx";

/**
 * One job the daily runner does for a city, e.g. the task deadline notices. It must be
 * idempotent (a notice is keyed by its record and date, and inserted with skipDuplicates), so a
 * second process, a restart or a retry repeats only harmless work. It runs in its own short
 * transaction and returns how many notices it sent.
 */
export type DailySweep = {
  /** Recorded in the audit entry of a sweep that sent something. */
  name: string;
  run: (tx: Tx, cityId: string, today: string) => Promise<number>;
};
