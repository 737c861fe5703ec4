import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { taskFilterWhere } from "@/lib/server/tasks/list-tasks";
import { cockpitCityId } from "./cockpit-scope";

/** Entries waiting for the office's review, and the tasks they belong to (what /tasks?pendingReview=1 lists). */
export type LedgerReviewQueue = { entries: number; tasks: number };

export async function getLedgerReviewQueue(actor: Actor): Promise<LedgerReviewQueue> {
  const cityId = cockpitCityId(actor, "read:ledger");
  // The tile links to the task list, which the actor must also be able to read.
  cockpitCityId(actor, "read:task");
  const [entries, tasks] = await Promise.all([
    db().ledgerEntry.count({ where: { cityId, deletedAt: null, reviewStatus: "PENDING", task: { cityId, deletedAt: null } } }),
    db().task.count({ where: taskFilterWhere(actor, "city", { pendingReview: true }) }),
  ]);
  return { entries, tasks };
}
