import type { planProgressSchema } from "@/lib/domain/publications/snapshot-schema";
import type { z } from "@/lib/validation/zod";

type PlanProgress = z.infer<typeof planProgressSchema>;
import type { Tx } from "@/lib/server/tx";

/**
 * The city's annual plan of `year` (else its latest earlier one) by action, as it stands now: tasks completed
 * (signed off by the office) out of the dispatched ones. Draft tasks are not yet part of the plan's work.
 */
export async function loadPlanProgress(tx: Tx, cityId: string, year: number): Promise<PlanProgress> {
  const plan = await tx.annualPlan.findFirst({
    where: { cityId, deletedAt: null, year: { lte: year } },
    orderBy: { year: "desc" },
    include: {
      actions: { where: { deletedAt: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true } },
    },
  });
  if (!plan) return { plan: null, actions: [] };
  const counted = { actionId: { in: plan.actions.map((action) => action.id) }, deletedAt: null, dispatchStatus: { not: "DRAFT" as const } };
  // In turn, not Promise.all: one transaction, one connection.
  const totals = await tx.task.groupBy({ by: ["actionId"], where: counted, _count: { _all: true } });
  const completed = await tx.task.groupBy({ by: ["actionId"], where: { ...counted, completedAt: { not: null } }, _count: { _all: true } });
  const count = (rows: typeof totals, actionId: string) => rows.find((row) => row.actionId === actionId)?._count._all ?? 0;
  return {
    plan: plan.title,
    actions: plan.actions.map((action) => ({ name: action.name, completed: count(completed, action.id), total: count(totals, action.id) })),
  };
}
