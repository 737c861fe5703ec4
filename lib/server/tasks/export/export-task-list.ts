import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatBusinessDate } from "@/lib/domain/dates";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { planSheet, taskListSheet, type TaskSheetRow } from "@/lib/domain/tasks/task-workbook";
import { invalidInput } from "@/lib/errors";
import { requireAnnualPlan } from "@/lib/server/plans/find-annual-plan";
import { resolveReadCity } from "@/lib/server/plans/resolve-read-city";
import { taskScopeWhere } from "@/lib/server/tasks/task-scope";
import { zodFieldErrors } from "@/lib/server/use-case";
import { exportTaskListQuery } from "@/lib/validation/task-import";

const bySortOrder = <T extends { sortOrder: number; name: string }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh");

/** An annual plan's task list (the tasks in the actor's scope) in the template's layout, plus the 计划 sheet. */
export async function exportTaskList(actor: Actor, params: { annualPlan?: string; city?: string } = {}) {
  const scope = assertCan(actor, "read:task");
  const parsed = exportTaskListQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const client = db();
  const cityId = await resolveReadCity(client, actor, scope, parsed.data.city);
  const annualPlan = await requireAnnualPlan(client, cityId, parsed.data.annualPlan);
  const [threeYearPlan, actions] = await Promise.all([
    client.threeYearPlan.findUnique({
      where: { id: annualPlan.threeYearPlanId },
      select: { title: true, summary: true, cycle: { select: { name: true, years: { orderBy: { year: "asc" } } } } },
    }),
    client.planAction.findMany({
      where: { annualPlanId: annualPlan.id, deletedAt: null },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: {
        name: true,
        description: true,
        tasks: {
          where: taskScopeWhere(actor, scope),
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: {
            title: true,
            description: true,
            target: true,
            responsiblePerson: true,
            deadline: true,
            recurrence: true,
            leadDepartment: { select: { name: true } },
            coDepartments: { select: { department: { select: { name: true, sortOrder: true } } } },
            criteria: { select: { criterion: { select: { code: true, sortOrder: true } } } },
          },
        },
      },
    }),
  ]);
  const rows: TaskSheetRow[] = actions.flatMap((action) =>
    action.tasks.map((task) => ({
      action: action.name,
      title: task.title,
      description: task.description,
      target: task.target,
      lead: task.leadDepartment.name,
      co: task.coDepartments
        .map(({ department }) => department)
        .sort(bySortOrder)
        .map((department) => department.name),
      responsible: task.responsiblePerson,
      deadline: task.deadline ? formatBusinessDate(task.deadline) : null,
      recurrence: task.recurrence,
      criteria: task.criteria
        .map(({ criterion }) => criterion)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
        .map((criterion) => criterion.code),
    })),
  );
  const plan = planSheet({
    cycle: threeYearPlan
      ? { name: threeYearPlan.cycle.name, years: threeYearPlan.cycle.years.map((year) => ({ year: year.year, weight: year.weight.toString() })) }
      : null,
    threeYearPlan: threeYearPlan ? { title: threeYearPlan.title, summary: threeYearPlan.summary } : null,
    annualPlan,
    actions: actions.map((action) => ({ name: action.name, description: action.description, taskCount: action.tasks.length })),
  });
  return {
    bytes: await writeWorkbook([taskListSheet(rows), plan]),
    fileName: `任务清单（${annualPlan.year}年 ${annualPlan.title}）.xlsx`,
    asciiFileName: `task-list-${annualPlan.year}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
  };
}
