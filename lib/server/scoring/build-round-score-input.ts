import type { CalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { endOfShanghaiDay, formatBusinessDate } from "@/lib/domain/dates";
import { rubricOf } from "@/lib/domain/rounds/criterion-rubric";
import { storedCheckOutcome } from "@/lib/domain/scoring/stored-check-outcome";
import type { Check, Criterion, Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { findRoundCycle } from "./find-round-cycle";
import { readAll } from "./read-all";

type Client = Db | Tx;
export type ScoredRound = { id: string; cityId: string; editionId: string; periodStart: Date; periodEnd: Date; name: string };

const OUTCOME_COLUMNS = { passed: true, findingCount: true, grade: true, measuredValue: true } as const;

/** An inspected check's outcome; one that does not fit its rubric is invalid input (422 naming the check), never dropped. */
function outcomeOrThrow(
  check: Pick<Check, "id" | "passed" | "findingCount" | "grade" | "measuredValue">,
  criterion: Pick<Criterion, "code" | "rubricKind">,
): CalculatorInput["checks"][number]["outcome"] {
  const { passed, findingCount, grade, measuredValue } = check;
  const outcome = storedCheckOutcome(criterion.rubricKind, { passed, findingCount, grade, measuredValue });
  if (outcome) return outcome;
  const message = `检查 ${check.id}（指标 ${criterion.code}）的结果与评分方式 ${criterion.rubricKind} 不符。`;
  throw new AppError("SCORING_INPUT_INVALID", `评分数据有误：${message}`, 422, { [`checks.${check.id}.outcome`]: [message] });
}

/**
 * The findings a period's figures need: those due in the period (rectification rate) and those
 * due before its end and not verified by then (overdue open). Withdrawn findings count for nothing.
 */
function periodFindingsWhere(round: ScoredRound): Prisma.FindingWhereInput {
  const { periodStart: start, periodEnd: end } = round;
  return {
    cityId: round.cityId,
    status: { not: "WITHDRAWN" },
    OR: [{ dueDate: { gte: start, lte: end } }, { dueDate: { lt: end }, OR: [{ verifiedOn: null }, { verifiedOn: { gt: end } }] }],
  };
}

// The round as the auditor's calculator sees it: every criterion of the city's edition (local
// criteria included, excluded ones left out), the round's inspected checks with the departments
// they count for, the findings its period needs, the lead tasks open during the period, and the
// weights and list settings of the round's own cycle.
export async function buildRoundScoreInput(client: Client, round: ScoredRound): Promise<CalculatorInput> {
  const end = round.periodEnd;
  const endOfDay = endOfShanghaiDay(end);
  const inspected = { roundId: round.id, visitStatus: "INSPECTED" as const };
  const [criteria, excluded, checks, links, departments, findings, tasks, cycle] = await readAll(client, [
    () =>
      client.criterion.findMany({
        where: { editionId: round.editionId, OR: [{ cityId: null }, { cityId: round.cityId }] },
        orderBy: [{ content: { category: { sortOrder: "asc" } } }, { content: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
      }),
    () => client.cityCriterionSetting.findMany({ where: { cityId: round.cityId, isExcluded: true }, select: { criterionId: true } }),
    // A round has tens of thousands of checks: their departments come in one query of their own
    // (an include would send every check id back as a parameter list).
    () =>
      client.check.findMany({ where: inspected, select: { id: true, criterionId: true, ...OUTCOME_COLUMNS }, orderBy: [{ checkedAt: "asc" }, { id: "asc" }] }),
    () => client.checkDepartment.findMany({ where: { check: inspected }, select: { checkId: true, department: { select: { name: true } } } }),
    () => client.department.findMany({ where: { cityId: round.cityId, deletedAt: null }, select: { name: true }, orderBy: { name: "asc" } }),
    () => client.finding.findMany({ where: periodFindingsWhere(round), include: { department: { select: { name: true } } }, orderBy: { id: "asc" } }),
    () =>
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
    () => findRoundCycle(client, round),
  ]);
  const excludedIds = new Set(excluded.map((row) => row.criterionId));
  const scored = criteria.filter((criterion) => !excludedIds.has(criterion.id));
  const scoredById = new Map(scored.map((criterion) => [criterion.id, criterion]));
  const departmentsOf = new Map<string, string[]>();
  for (const link of links) departmentsOf.set(link.checkId, [...(departmentsOf.get(link.checkId) ?? []), link.department.name]);

  return {
    criteria: scored.map((criterion) => ({ code: criterion.code, points: criterion.points.toString(), rubric: rubricOf(criterion), veto: criterion.isVeto })),
    checks: checks.flatMap((check) => {
      const criterion = scoredById.get(check.criterionId);
      if (!criterion) return [];
      return [{ criterion: criterion.code, departments: (departmentsOf.get(check.id) ?? []).sort(), outcome: outcomeOrThrow(check, criterion) }];
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
          ...defaultListSettings(cycle.rankingLists[0]),
        }
      : {}),
    meta: { roundId: round.id, roundName: round.name },
  };
}

/** The cycle's default ranking list (all departments, composite) is the one the calculator ranks by. */
function defaultListSettings(list: { redCount: number; blackCount: number; blackThreshold: { toString(): string } } | undefined) {
  return list ? { lists: { redCount: list.redCount, blackCount: list.blackCount, blackThreshold: list.blackThreshold.toString() } } : {};
}
