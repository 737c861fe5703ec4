import type { CalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { endOfShanghaiDay, formatBusinessDate } from "@/lib/domain/dates";
import type { Check, Criterion } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

type Client = Db | Tx;
export type ScoredRound = { id: string; cityId: string; editionId: string; periodStart: Date; periodEnd: Date; name: string };

function rubricOf(criterion: Pick<Criterion, "rubricKind" | "rubricParams">): CalculatorInput["criteria"][number]["rubric"] {
  const params = (criterion.rubricParams ?? {}) as Record<string, unknown>;
  switch (criterion.rubricKind) {
    case "DEDUCT":
      return { kind: "DEDUCT", perFinding: params.perFinding as string, ...(params.cap != null ? { cap: params.cap as string } : {}) };
    case "GRADED":
      return { kind: "GRADED", ...(params.grades ? { grades: params.grades as Record<string, string> } : {}) };
    case "THRESHOLD":
      return { kind: "THRESHOLD", target: params.target as string, direction: params.direction as "AT_LEAST" | "AT_MOST" };
    default:
      return { kind: criterion.rubricKind };
  }
}

/** A check's outcome in the field its criterion's rubric reads; null when the rubric's field is empty. */
function outcomeOf(kind: Criterion["rubricKind"], check: Check): CalculatorInput["checks"][number]["outcome"] | null {
  if (kind === "DEDUCT") return check.findingCount === null ? null : { findings: check.findingCount };
  if (kind === "GRADED") return check.grade === null ? null : { grade: check.grade };
  if (kind === "THRESHOLD") return check.measuredValue === null ? null : { value: check.measuredValue.toString() };
  return check.passed === null ? null : { pass: check.passed };
}

// The round as the auditor's calculator sees it: every criterion of the city's edition (local
// criteria included, excluded ones left out), the round's inspected checks with the departments
// they count for, all the city's findings, and the lead tasks open during the period.
export async function buildRoundScoreInput(client: Client, round: ScoredRound): Promise<CalculatorInput> {
  const end = round.periodEnd;
  const endOfDay = endOfShanghaiDay(end);
  const [criteria, excluded, checks, departments, findings, tasks, cycle] = await Promise.all([
    client.criterion.findMany({
      where: { editionId: round.editionId, OR: [{ cityId: null }, { cityId: round.cityId }] },
      orderBy: [{ content: { category: { sortOrder: "asc" } } }, { content: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
    }),
    client.cityCriterionSetting.findMany({ where: { cityId: round.cityId, isExcluded: true }, select: { criterionId: true } }),
    client.check.findMany({
      where: { roundId: round.id, visitStatus: "INSPECTED" },
      include: { criterion: { select: { code: true, rubricKind: true } }, departments: { include: { department: { select: { name: true } } } } },
      orderBy: [{ checkedAt: "asc" }, { id: "asc" }],
    }),
    client.department.findMany({ where: { cityId: round.cityId, deletedAt: null }, select: { name: true }, orderBy: { name: "asc" } }),
    client.finding.findMany({ where: { cityId: round.cityId }, include: { department: { select: { name: true } } }, orderBy: { id: "asc" } }),
    client.task.findMany({
      where: {
        cityId: round.cityId,
        deletedAt: null,
        dispatchStatus: { not: "DRAFT" },
        createdAt: { lte: endOfDay },
        OR: [{ completedAt: null }, { completedAt: { gte: round.periodStart } }],
      },
      include: {
        leadDepartment: { select: { name: true } },
        ledgerEntries: {
          where: { deletedAt: null, reviewStatus: { not: "RETURNED" }, effectiveDate: { lte: end } },
          orderBy: { effectiveDate: "desc" },
          take: 1,
          select: { effectiveDate: true },
        },
      },
      orderBy: { id: "asc" },
    }),
    client.creationCycle.findFirst({ where: { cityId: round.cityId, isCurrent: true } }),
  ]);
  const excludedIds = new Set(excluded.map((row) => row.criterionId));
  const scored = criteria.filter((criterion) => !excludedIds.has(criterion.id));
  const scoredCodes = new Set(scored.map((criterion) => criterion.code));

  return {
    criteria: scored.map((criterion) => ({ code: criterion.code, points: criterion.points.toString(), rubric: rubricOf(criterion), veto: criterion.isVeto })),
    checks: checks.flatMap((check) => {
      const outcome = outcomeOf(check.criterion.rubricKind, check);
      if (!outcome || !scoredCodes.has(check.criterion.code)) return [];
      return [{ criterion: check.criterion.code, departments: check.departments.map((d) => d.department.name).sort(), outcome }];
    }),
    findings: findings.map((finding) => ({
      department: finding.department.name,
      due: formatBusinessDate(finding.dueDate),
      verifiedAt: finding.verifiedOn ? formatBusinessDate(finding.verifiedOn) : null,
    })),
    tasks: tasks.map((task) => ({
      department: task.leadDepartment.name,
      completed: task.completedAt !== null && task.completedAt <= endOfDay,
      lastEntryDate: task.ledgerEntries[0] ? formatBusinessDate(task.ledgerEntries[0].effectiveDate) : null,
    })),
    period: { start: formatBusinessDate(round.periodStart), end: formatBusinessDate(end) },
    departments: departments.map((department) => department.name),
    ...(cycle
      ? {
          weights: {
            inspection: cycle.inspectionWeight.toString(),
            rectification: cycle.rectificationWeight.toString(),
            ledger: cycle.ledgerWeight.toString(),
          },
          lists: { redCount: cycle.redCount, blackCount: cycle.blackCount, blackThreshold: cycle.blackThreshold.toString() },
        }
      : {}),
    meta: { roundId: round.id, roundName: round.name },
  };
}
