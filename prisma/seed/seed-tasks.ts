import { randomUUID } from "node:crypto";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { occurrencesFor, type OccurrencePeriod } from "@/lib/domain/tasks/occurrences";
import type { Tx } from "@/lib/server/tx";
import { DEMO_TASKS, type TaskSeed } from "./data/tasks";
import { LEDGER_WINDOW_DAYS, between, deadlineOf, fatesOf, type Random, type TaskFate } from "./data/task-fates";

export type SeededOccurrence = OccurrencePeriod & { id: string; isSignedOff: boolean };

export type SeededTask = {
  id: string;
  seed: TaskSeed;
  fate: TaskFate;
  deadline: string | null;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  occurrences: SeededOccurrence[];
};

export type TaskSeedContext = {
  cityId: string;
  editionId: string;
  actionIds: readonly string[];
  departmentIdOf: (name: string) => string;
  leaderOf: (name: string) => string | null;
  officeUserId: string;
  today: string;
  random: Random;
};

const DAY_MS = 86_400_000;
/** 10:00 in Asia/Shanghai on a business date, `days` later. */
const instantOf = (date: string, days = 0) => new Date(parseBusinessDate(date).getTime() + days * DAY_MS + 2 * 3600_000);

function dispatchFacts(fate: TaskFate, today: string, random: Random) {
  const dispatchedOn = addDays(today, -(LEDGER_WINDOW_DAYS + between(random, 5, 20)));
  switch (fate) {
    case "DRAFT":
      return { dispatchStatus: "DRAFT" as const };
    case "NOT_STARTED":
    case "IN_PROGRESS_UNACKNOWLEDGED":
      return { dispatchStatus: "DISPATCHED" as const, dispatchedAt: instantOf(dispatchedOn) };
    case "CHANGE_REQUESTED": {
      const recent = addDays(today, -between(random, 8, 20));
      return { dispatchStatus: "CHANGE_REQUESTED" as const, dispatchedAt: instantOf(recent), changeRequestedAt: instantOf(recent, 2) };
    }
    default:
      return { dispatchStatus: "ACKNOWLEDGED" as const, dispatchedAt: instantOf(dispatchedOn), acknowledgedAt: instantOf(dispatchedOn, between(random, 1, 4)) };
  }
}

/** The periods of a recurring task from the start of the ledger window's year to the end of this year. */
function occurrencesOf(seed: TaskSeed, today: string): SeededOccurrence[] {
  if (!seed.recurrence) return [];
  const windowStart = addDays(today, -LEDGER_WINDOW_DAYS);
  const periods = occurrencesFor(seed.recurrence, `${windowStart.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`);
  // Periods due before the ledger window were signed off by the office (their evidence predates the demo).
  return periods.map((period) => ({ ...period, id: randomUUID(), isSignedOff: period.dueDate < windowStart }));
}

/**
 * The demo city's task list: 80 tasks in the eight actions with co-departments, criteria and the
 * occurrences of recurring tasks, in a handful of batched inserts.
 */
export async function seedTasks(tx: Tx, context: TaskSeedContext): Promise<SeededTask[]> {
  const { cityId, today, random } = context;
  const fates = fatesOf(DEMO_TASKS);
  const criteria = await tx.criterion.findMany({ where: { editionId: context.editionId, cityId: null }, select: { id: true, code: true } });
  const criterionIdOf = new Map(criteria.map((criterion) => [criterion.code, criterion.id]));
  const tasks: SeededTask[] = DEMO_TASKS.map((seed, index) => ({
    id: randomUUID(),
    seed,
    fate: fates[index],
    deadline: deadlineOf(fates[index], today, random),
    leadDepartmentId: context.departmentIdOf(seed.lead),
    coDepartmentIds: seed.co.map(context.departmentIdOf),
    occurrences: occurrencesOf(seed, today),
  }));
  const sortOrders = new Map<number, number>();
  await tx.task.createMany({
    data: tasks.map(({ id, seed, fate, deadline, leadDepartmentId }) => {
      const sortOrder = sortOrders.get(seed.action) ?? 0;
      sortOrders.set(seed.action, sortOrder + 1);
      const completedAt = fate === "COMPLETED" && deadline ? instantOf(deadline, -between(random, 0, 3)) : null;
      return {
        id,
        cityId,
        actionId: context.actionIds[seed.action],
        title: seed.title,
        description: seed.description,
        target: seed.target,
        targetValue: seed.targetValue ?? null,
        targetUnit: seed.targetUnit ?? null,
        leadDepartmentId,
        responsiblePerson: context.leaderOf(seed.lead),
        deadline: deadline ? parseBusinessDate(deadline) : null,
        recurrence: seed.recurrence ?? "NONE",
        ...dispatchFacts(fate, today, random),
        changeReason: seed.changeReason ?? null,
        completedAt,
        completedById: completedAt ? context.officeUserId : null,
        sortOrder,
      };
    }),
  });
  await tx.taskCoDepartment.createMany({
    data: tasks.flatMap((task) => task.coDepartmentIds.map((departmentId) => ({ taskId: task.id, departmentId }))),
  });
  await tx.taskCriterion.createMany({
    data: tasks.flatMap((task) =>
      task.seed.criteria.map((code) => {
        const criterionId = criterionIdOf.get(code);
        if (!criterionId) throw new Error(`演示任务引用了不存在的测评标准：${code}`);
        return { taskId: task.id, criterionId };
      }),
    ),
  });
  await tx.taskOccurrence.createMany({
    data: tasks.flatMap((task) =>
      task.occurrences.map((occurrence) => ({
        id: occurrence.id,
        cityId,
        taskId: task.id,
        periodStart: parseBusinessDate(occurrence.periodStart),
        periodEnd: parseBusinessDate(occurrence.periodEnd),
        dueDate: parseBusinessDate(occurrence.dueDate),
        completedAt: occurrence.isSignedOff ? instantOf(occurrence.dueDate, 1) : null,
      })),
    ),
  });
  return tasks;
}
