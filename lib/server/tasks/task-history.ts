import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import { taskScopeWhere } from "./task-scope";

export type TaskHistoryEntry = {
  id: string;
  /** ISO 8601 instant */
  at: string;
  /** The instant in Asia/Shanghai: 2026-03-01 14:05 */
  atText: string;
  actorLabel: string;
  /** The use case's name, e.g. task.dispatch or ledger-entry.review */
  action: string;
  entityType: "Task" | "LedgerEntry";
  entityId: string;
  /** For a ledger entry, its review status after the change (a review is a return or an acceptance). */
  reviewStatus: string | null;
};

const LIMIT = 500;

/**
 * The audit trail of one task, newest first: the task's own entries and those of its ledger
 * entries (deleted entries included: their history stays). 404 outside the actor's task scope.
 */
export async function getTaskHistory(actor: Actor, taskId: string): Promise<TaskHistoryEntry[]> {
  const scope = assertCan(actor, "read:task");
  const task = await db().task.findFirst({ where: { AND: [{ id: taskId }, taskScopeWhere(actor, scope)] }, select: { id: true } });
  if (!task) throw notFound("任务");
  const entries = await db().ledgerEntry.findMany({ where: { taskId }, select: { id: true } });
  const records = await db().auditLog.findMany({
    where: {
      OR: [
        { entityType: "Task", entityId: taskId },
        ...(entries.length ? [{ entityType: "LedgerEntry", entityId: { in: entries.map((entry) => entry.id) } }] : []),
      ],
    },
    select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, after: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: LIMIT,
  });
  return records.map((record) => ({
    id: record.id,
    at: record.at.toISOString(),
    atText: formatInstant(record.at),
    actorLabel: record.actorLabel,
    action: record.action,
    entityType: record.entityType as TaskHistoryEntry["entityType"],
    entityId: record.entityId!,
    reviewStatus: record.entityType === "LedgerEntry" ? reviewStatusOf(record.after) : null,
  }));
}

function reviewStatusOf(after: unknown): string | null {
  if (after && typeof after === "object" && "reviewStatus" in after && typeof after.reviewStatus === "string") return after.reviewStatus;
  return null;
}
