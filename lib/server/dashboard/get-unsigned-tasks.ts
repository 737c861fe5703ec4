import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { taskFilterWhere } from "@/lib/server/tasks/list-tasks";
import { cockpitCityId } from "./cockpit-scope";

/** Tasks dispatched to a department and not yet signed for (签收): what /tasks?dispatchStatus=DISPATCHED lists. */
export async function countUnsignedTasks(actor: Actor): Promise<number> {
  cockpitCityId(actor, "read:task");
  return db().task.count({ where: taskFilterWhere(actor, "city", { dispatchStatus: "DISPATCHED" }) });
}
