import Decimal from "decimal.js";
import type { Coverage } from "@/lib/validation/coverage";

export type CoverageCriterionInput = Omit<Coverage["criteria"][number], "tasks" | "gap">;
export type CoverageTaskInput = { id: string; title: string; actionId: string; criterionIds: readonly string[] };
export type CoverageActionInput = { id: string; name: string };

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, "en", { numeric: true });
const sum = (points: readonly string[]) => points.reduce((total, value) => total.plus(value), new Decimal(0)).toString();

/**
 * Which criteria the tasks serve (pure). A criterion no task serves is a gap; an action's points at
 * stake are the points of the distinct criteria its tasks serve. Points are summed exactly.
 */
export function computeCoverage(criteria: readonly CoverageCriterionInput[], actions: readonly CoverageActionInput[], tasks: readonly CoverageTaskInput[]) {
  const actionName = new Map(actions.map((action) => [action.id, action.name]));
  const known = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const servedBy = new Map<string, Coverage["criteria"][number]["tasks"]>();
  for (const task of tasks) {
    for (const criterionId of new Set(task.criterionIds)) {
      if (!known.has(criterionId)) continue;
      servedBy.set(criterionId, [
        ...(servedBy.get(criterionId) ?? []),
        { id: task.id, title: task.title, actionId: task.actionId, actionName: actionName.get(task.actionId) ?? "" },
      ]);
    }
  }
  const rows = [...criteria].sort(byCode).map((criterion) => {
    const serving = servedBy.get(criterion.id) ?? [];
    return { ...criterion, tasks: serving, gap: serving.length === 0 };
  });
  const actionRows = actions.map((action) => {
    const own = tasks.filter((task) => task.actionId === action.id);
    const served = [...new Set(own.flatMap((task) => task.criterionIds))].flatMap((id) => (known.has(id) ? [known.get(id)!] : [])).sort(byCode);
    return { id: action.id, name: action.name, taskCount: own.length, criteria: served.map((c) => c.code), pointsAtStake: sum(served.map((c) => c.points)) };
  });
  const covered = rows.filter((row) => !row.gap);
  const points = sum(rows.map((row) => row.points));
  const coveredPoints = sum(covered.map((row) => row.points));
  return {
    criteria: rows,
    actions: actionRows,
    totals: {
      criteria: rows.length,
      coveredCriteria: covered.length,
      points,
      coveredPoints,
      uncoveredPoints: new Decimal(points).minus(coveredPoints).toString(),
    },
  };
}
