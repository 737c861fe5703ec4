import { db } from "@/lib/db";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";
import type { Tx } from "@/lib/server/tx";
import type { DailySweep } from "./daily-sweep";

export type SweepsOutcome = { created: Record<string, number>; failed: string[] };

/**
 * Runs a city's sweeps for `today`, each in its own transaction, so one that fails neither rolls
 * back nor stops the others. A sweep that sent something leaves one audit entry (actor: system).
 */
export async function runSweeps(cityId: string, today: string, sweeps: readonly DailySweep[]): Promise<SweepsOutcome> {
  const outcome: SweepsOutcome = { created: {}, failed: [] };
  for (const sweep of sweeps) {
    try {
      outcome.created[sweep.name] = await db().$transaction(async (client) => {
        const tx = client as Tx;
        const created = await sweep.run(tx, cityId, today);
        if (created > 0) {
          await writeAuditEntry(tx, null, {
            action: "notification.sweep",
            entityType: "Notification",
            entityId: null,
            cityId,
            before: null,
            after: { sweep: sweep.name, today, created },
          });
        }
        return created;
      });
    } catch (error) {
      outcome.failed.push(sweep.name);
      console.error(`[deadlines] sweep ${sweep.name} failed for city ${cityId}`, error);
    }
  }
  return outcome;
}
