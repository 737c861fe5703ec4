import { textOf } from "@/lib/domain/tabular-import/cell-value";
import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { accept, readField, reject, type FieldResult } from "@/lib/domain/tabular-import/read-field";
import type { TableRow } from "@/lib/domain/tabular-import/read-table";
import type { TaskListContext, TaskListRow } from "./task-list-context";
import { parseDeadline } from "./task-list-date";
import type { departmentMatcher } from "./task-list-departments";
import { LIMITS, recurrenceOf, splitList, type TaskListField } from "./task-list-layout";
import type { Recurrence } from "./occurrences";

const text =
  (label: string, max: number, isRequired: boolean) =>
  (value: unknown): FieldResult<string | null> => {
    const result = textOf(value);
    if (result === undefined) return reject(`${label}应为文字。`);
    if (result === "") return isRequired ? reject(`请填写${label}。`) : accept(null);
    if (result.length > max) return reject(`${label}不能超过 ${max} 个字（现有 ${result.length} 个）。`);
    return accept(result);
  };

const recurrence = (value: unknown): FieldResult<Exclude<Recurrence, "NONE"> | null> => {
  const result = textOf(value) ?? "";
  if (result === "") return accept(null);
  return recurrenceOf(result) ? accept(recurrenceOf(result)!) : reject(`周期“${result}”无法识别，请填写 每周、每月 或 每季度。`);
};

type Match = ReturnType<typeof departmentMatcher>;

function readDepartments(row: TableRow<TaskListField>, match: Match, problems: ProblemList) {
  const leadName = readField(row, "lead", text("牵头单位", 100, true), problems);
  const lead = leadName ? match(leadName, "牵头单位") : undefined;
  if (lead && "message" in lead) problems.add(row.locate("lead"), lead.message);
  const coDepartments: Array<{ id: string; name: string }> = [];
  for (const name of splitList(textOf(row.value("co")) ?? "")) {
    const co = match(name, "配合单位");
    if ("message" in co) problems.add(row.locate("co"), co.message);
    else if (lead && "department" in lead && co.department.id === lead.department.id) {
      problems.add(row.locate("co"), `牵头单位“${lead.department.name}”不应同时列为配合单位。`);
    } else if (!coDepartments.some((department) => department.id === co.department.id)) {
      coDepartments.push({ id: co.department.id, name: co.department.name });
    }
  }
  return { lead: lead && "department" in lead ? lead.department : undefined, coDepartments };
}

function readCriteria(row: TableRow<TaskListField>, context: TaskListContext, problems: ProblemList) {
  const criteria: Array<{ id: string; code: string }> = [];
  for (const code of splitList(textOf(row.value("criteria")) ?? "")) {
    const id = context.criteria?.get(code);
    if (!context.criteria) problems.add(row.locate("criteria"), `本市当前创建周期尚未采用测评体系，无法对应测评标准编码“${code}”。`);
    else if (context.excludedCodes.has(code)) problems.add(row.locate("criteria"), `测评标准“${code}”在本市已设为不适用。`);
    else if (!id) problems.add(row.locate("criteria"), `测评标准编码“${code}”不在本市采用的测评体系中（也不是本市的本地标准）。`);
    else criteria.push({ id, code });
  }
  return criteria;
}

/** One data row of the 任务清单 sheet; undefined when it has any problem (all of them are listed). */
export function parseTaskListRow(row: TableRow<TaskListField>, context: TaskListContext, match: Match, problems: ProblemList): TaskListRow | undefined {
  const before = problems.count;
  const actionName = readField(row, "action", text("行动", LIMITS.action, true), problems);
  const title = readField(row, "title", text("任务名称", LIMITS.title, true), problems);
  const description = readField(row, "description", text("任务内容", LIMITS.description, false), problems);
  const target = readField(row, "target", text("工作目标", LIMITS.target, false), problems);
  const responsiblePerson = readField(row, "responsible", text("责任人", LIMITS.responsible, false), problems);
  const { lead, coDepartments } = readDepartments(row, match, problems);
  const deadline = readField(row, "deadline", parseDeadline, problems);
  const period = readField(row, "recurrence", recurrence, problems);
  if (deadline === null && period === null) problems.add(row.locate("deadline"), "请填写完成时限或周期（二选一）。");
  if (deadline && period) problems.add(row.locate("recurrence"), "完成时限和周期只能填写一项：一次性任务填完成时限，经常性任务填周期。");
  const criteria = readCriteria(row, context, problems);
  if (problems.count > before || !actionName || !title || !lead) return undefined;
  return {
    row: row.row,
    actionName,
    title,
    description: description ?? null,
    target: target ?? null,
    leadDepartmentId: lead.id,
    leadDepartmentName: lead.name,
    coDepartments,
    responsiblePerson: responsiblePerson ?? null,
    deadline: period ? null : (deadline ?? null),
    recurrence: period ?? "NONE",
    criteria,
  };
}
