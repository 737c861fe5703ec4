import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import type { DispatchStatus } from "@/lib/generated/prisma/enums";
import { taskScopeWhere } from "./task-scope";

export type TaskDispatch = {
  id: string;
  version: number;
  leadDepartmentId: string;
  dispatchStatus: DispatchStatus;
  /** Instants shown in Asia/Shanghai (2026-03-01 14:05), null when it has not happened. */
  dispatchedAt: string | null;
  acknowledgedAt: string | null;
  changeReason: string | null;
  changeRequestedAt: string | null;
  completedAt: string | null;
};

const shown = (instant: Date | null) => (instant ? formatInstant(instant) : null);

/** The dispatch facts of one task in the actor's scope (404 beyond it), for the dispatch panel. */
export async function getTaskDispatch(actor: Actor, id: string): Promise<TaskDispatch> {
  const scope = assertCan(actor, "read:task");
  const record = await db().task.findFirst({
    where: { AND: [{ id }, taskScopeWhere(actor, scope)] },
    select: {
      id: true,
      version: true,
      leadDepartmentId: true,
      dispatchStatus: true,
      dispatchedAt: true,
      acknowledgedAt: true,
      changeReason: true,
      changeRequestedAt: true,
      completedAt: true,
    },
  });
  if (!record) throw notFound("任务");
  return {
    ...record,
    dispatchedAt: shown(record.dispatchedAt),
    acknowledgedAt: shown(record.acknowledgedAt),
    changeRequestedAt: shown(record.changeRequestedAt),
    completedAt: shown(record.completedAt),
  };
}
