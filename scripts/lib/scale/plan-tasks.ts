import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { entryText } from "@/prisma/seed/data/ledger-texts";
import { PLAN_ACTIONS } from "@/prisma/seed/data/plan";
import { between, pick, type Random } from "@/prisma/seed/data/task-fates";
import { instantOn } from "@/prisma/seed/plan-round-records";
import type { PlannedDepartment } from "./plan-organisation";

// A city's plan (three-year plan, this year's annual plan, the demo's eight actions), two
// dispatched tasks led by each department over the seeded year, and a few ledger entries each.

export type TaskRows = {
  threeYearPlans: Prisma.ThreeYearPlanCreateManyInput[];
  annualPlans: Prisma.AnnualPlanCreateManyInput[];
  actions: Prisma.PlanActionCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
  taskCriteria: Prisma.TaskCriterionCreateManyInput[];
  ledgerEntries: Prisma.LedgerEntryCreateManyInput[];
};

type Context = {
  cityId: string;
  cityName: string;
  cycleId: string;
  /** The cycle's last year (this year). */
  year: number;
  /** The first day of the seeded year; tasks are made the week before. */
  from: string;
  today: string;
  now: Date;
  officeUserId: string;
  departments: readonly PlannedDepartment[];
  /** Criterion ids each department leads (a task serves one of them), and every criterion id. */
  ledCriteria: ReadonlyMap<string, readonly string[]>;
  criterionIds: readonly string[];
  random: Random;
  nextId: () => string;
};

const TASKS_PER_DEPARTMENT = 2;

export function planTasks(context: Context): TaskRows {
  const { random, nextId, now, cityId } = context;
  const threeYearPlanId = nextId();
  const annualPlanId = nextId();
  const made = instantOn(addDays(context.from, -7), 120, now);
  const rows: TaskRows = {
    threeYearPlans: [
      {
        id: threeYearPlanId,
        cityId,
        cycleId: context.cycleId,
        title: `${context.cityName}创建全国文明城市三年行动计划（${context.year - 2}—${context.year}年）`,
        createdAt: made,
      },
    ],
    annualPlans: [
      {
        id: annualPlanId,
        cityId,
        threeYearPlanId,
        year: context.year,
        title: `${context.cityName}${context.year}年创建全国文明城市工作实施方案`,
        createdAt: made,
      },
    ],
    actions: PLAN_ACTIONS.map(({ name, description }, sortOrder) => ({ id: nextId(), cityId, annualPlanId, name, description, sortOrder, createdAt: made })),
    tasks: [],
    taskCriteria: [],
    ledgerEntries: [],
  };
  const span = Math.max(1, Math.round((parseBusinessDate(context.today).getTime() - parseBusinessDate(context.from).getTime()) / 86_400_000));
  context.departments.forEach((department, index) => {
    for (let k = 0; k < TASKS_PER_DEPARTMENT; k++) {
      const action = rows.actions[(index + k) % rows.actions.length];
      const taskId = nextId();
      const title = `${department.shortName}落实${action.name}第${k + 1}项任务`;
      // Deadlines across the year and a little beyond; most past ones were signed off, some were not.
      const deadline = addDays(context.from, between(random, 30, span + 60));
      const done = deadline < context.today && random() < 0.75;
      const acknowledged = random() < 0.85;
      rows.tasks.push({
        id: taskId,
        cityId,
        actionId: action.id as string,
        title,
        leadDepartmentId: department.id,
        deadline: parseBusinessDate(deadline),
        dispatchStatus: acknowledged ? "ACKNOWLEDGED" : "DISPATCHED",
        dispatchedAt: made,
        acknowledgedAt: acknowledged ? made : null,
        completedAt: done ? instantOn(deadline, 300, now) : null,
        completedById: done ? context.officeUserId : null,
        sortOrder: k,
        createdAt: made,
        updatedAt: made,
      });
      const led = context.ledCriteria.get(department.id) ?? [];
      rows.taskCriteria.push({ taskId, criterionId: led.length > 0 ? pick(random, led) : pick(random, context.criterionIds) });
      const entries = between(random, 0, 3);
      for (let e = 0; e < entries; e++) {
        const effective = addDays(context.from, between(random, 0, span - 1));
        const createdAt = instantOn(effective, 540, now);
        const accepted = random() < 0.8;
        rows.ledgerEntries.push({
          id: nextId(),
          cityId,
          taskId,
          departmentId: department.id,
          effectiveDate: parseBusinessDate(effective),
          text: entryText(random, title),
          reviewStatus: accepted ? "ACCEPTED" : "PENDING",
          reviewedAt: accepted ? createdAt : null,
          reviewedById: accepted ? context.officeUserId : null,
          createdById: context.officeUserId,
          createdAt,
          updatedAt: createdAt,
        });
      }
    }
  });
  return rows;
}
