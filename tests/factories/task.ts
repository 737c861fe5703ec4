import { parseBusinessDate } from "@/lib/domain/dates";
import type { DispatchStatus, Recurrence, ReviewStatus } from "@/lib/generated/prisma/enums";
import { createCity } from "./city";
import { createDepartment } from "./department";
import { createEditionFromTree } from "./edition";
import { createPlan } from "./plan";
import { createCityScenario, type CityScenario } from "./scenario";
import { createUser } from "./user";
import { uniqueSuffix, type FactoryClient } from "./unique";

export type TaskOverrides = {
  cityId?: string;
  /** The action the task belongs to; a plan chain (cycle, plans, action) is created in the city otherwise. */
  actionId?: string;
  leadDepartmentId?: string;
  coDepartmentIds?: readonly string[];
  criterionIds?: readonly string[];
  title?: string;
  /** YYYY-MM-DD */
  deadline?: string | null;
  recurrence?: Recurrence;
  completedAt?: Date | null;
  dispatchStatus?: DispatchStatus;
  responsiblePerson?: string | null;
  target?: string | null;
};

/**
 * A task with its co-departments and criteria. Its city is the lead department's, else `cityId`,
 * else a new one; a lead department is created in that city when none is given.
 */
export async function createTask(client: FactoryClient, overrides: TaskOverrides = {}) {
  const lead = overrides.leadDepartmentId
    ? await client.department.findUniqueOrThrow({ where: { id: overrides.leadDepartmentId } })
    : await createDepartment(client, overrides.cityId ? { cityId: overrides.cityId } : {});
  const cityId = lead.cityId;
  const actionId = overrides.actionId ?? (await createPlan(client, { cityId })).actions[0].id;
  return client.task.create({
    data: {
      cityId,
      actionId,
      title: overrides.title ?? `测试任务${uniqueSuffix()}`,
      leadDepartmentId: lead.id,
      deadline: overrides.deadline ? parseBusinessDate(overrides.deadline) : null,
      recurrence: overrides.recurrence ?? "NONE",
      completedAt: overrides.completedAt ?? null,
      dispatchStatus: overrides.dispatchStatus ?? "DISPATCHED",
      responsiblePerson: overrides.responsiblePerson ?? null,
      target: overrides.target ?? null,
      coDepartments: { create: (overrides.coDepartmentIds ?? []).map((departmentId) => ({ departmentId })) },
      criteria: { create: (overrides.criterionIds ?? []).map((criterionId) => ({ criterionId })) },
    },
  });
}

export type LedgerEntryOverrides = {
  taskId: string;
  departmentId: string;
  /** YYYY-MM-DD; 2026-03-01 by default. */
  effectiveDate?: string;
  reviewStatus?: ReviewStatus;
  occurrenceId?: string | null;
  text?: string;
  /** The writer; a liaison of `departmentId` is created when none is given. */
  createdById?: string;
};

/** A ledger entry of a department on a task. */
export async function createLedgerEntry(client: FactoryClient, overrides: LedgerEntryOverrides) {
  const task = await client.task.findUniqueOrThrow({ where: { id: overrides.taskId }, select: { cityId: true } });
  const createdById = overrides.createdById ?? (await createUser(client, { role: "DEPARTMENT_LIAISON", departmentId: overrides.departmentId })).user.id;
  return client.ledgerEntry.create({
    data: {
      cityId: task.cityId,
      taskId: overrides.taskId,
      departmentId: overrides.departmentId,
      occurrenceId: overrides.occurrenceId ?? null,
      effectiveDate: parseBusinessDate(overrides.effectiveDate ?? "2026-03-01"),
      text: overrides.text ?? `台账记录${uniqueSuffix()}`,
      reviewStatus: overrides.reviewStatus ?? "PENDING",
      createdById,
    },
  });
}

/**
 * The tasks the task tests share, in the scenario's city A unless named otherwise. Department A1
 * (the liaison's) leads `overdue` and co-owns `inProgress`; the others are led by A2.
 */
export async function createTaskScenario(client: FactoryClient) {
  const s: CityScenario = await createCityScenario(client);
  const { actions } = await createPlan(client, { cityId: s.cityA.id, actions: [{ name: "市容环境整治行动" }, { name: "公益广告提质行动" }] });
  const [mainAction, otherAction] = actions;
  const { criteria } = await createEditionFromTree(client);
  const a1 = s.departmentA1.id;
  const a2 = s.departmentA2.id;
  const overdue = await createTask(client, {
    actionId: mainAction.id,
    leadDepartmentId: a1,
    deadline: "2020-01-10",
    criterionIds: [criteria[1].id, criteria[0].id],
  });
  const inProgress = await createTask(client, { actionId: mainAction.id, leadDepartmentId: a2, coDepartmentIds: [a1], deadline: "2099-06-30" });
  await createLedgerEntry(client, { taskId: inProgress.id, departmentId: a1, reviewStatus: "PENDING" });
  const notStarted = await createTask(client, { actionId: otherAction.id, leadDepartmentId: a2, deadline: "2099-12-31" });
  await createLedgerEntry(client, { taskId: notStarted.id, departmentId: a2, reviewStatus: "RETURNED" });
  const completed = await createTask(client, { actionId: mainAction.id, leadDepartmentId: a2, deadline: "2020-01-01", completedAt: new Date() });
  const recurring = await createTask(client, { actionId: mainAction.id, leadDepartmentId: a2, recurrence: "MONTHLY" });
  await client.taskOccurrence.create({
    data: {
      cityId: s.cityA.id,
      taskId: recurring.id,
      periodStart: parseBusinessDate("2020-01-01"),
      periodEnd: parseBusinessDate("2020-01-31"),
      dueDate: parseBusinessDate("2020-02-05"),
    },
  });
  const deleted = await createTask(client, { actionId: mainAction.id, leadDepartmentId: a1 });
  await client.task.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  const cityB = await createTask(client, { leadDepartmentId: s.departmentB1.id });
  const farCity = await createCity(client);
  const otherProvince = await createTask(client, { leadDepartmentId: (await createDepartment(client, { cityId: farCity.id })).id });
  return {
    s,
    mainAction,
    otherAction,
    criteria,
    tasks: { overdue, inProgress, notStarted, completed, recurring, deleted, cityB, otherProvince },
  };
}

export type TaskScenario = Awaited<ReturnType<typeof createTaskScenario>>;
