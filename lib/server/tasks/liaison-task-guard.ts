import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

/** Acknowledging and asking for change speak for the task: only its lead department does that. */
export function assertLeadLiaison(actor: Actor, task: { leadDepartmentId: string }) {
  if (actor.departmentId !== task.leadDepartmentId) throw forbidden("由牵头单位签收");
}
