import { formatBusinessDate } from "@/lib/domain/dates";
import { deriveTaskStatus, type TaskStatusFacts } from "@/lib/domain/tasks/task-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TaskRow } from "@/lib/validation/tasks";

// The facts the derived status needs, and everything a task read returns.

export const taskStatusSelect = {
  completedAt: true,
  deadline: true,
  recurrence: true,
  ledgerEntries: { where: { deletedAt: null }, select: { reviewStatus: true, effectiveDate: true, occurrenceId: true } },
  occurrences: { select: { id: true, periodStart: true, periodEnd: true, dueDate: true, completedAt: true } },
} satisfies Prisma.TaskSelect;

type StatusRecord = Prisma.TaskGetPayload<{ select: typeof taskStatusSelect }>;

export const taskRowInclude = {
  action: { select: { id: true, name: true } },
  leadDepartment: { select: { id: true, name: true } },
  coDepartments: { select: { department: { select: { id: true, name: true, sortOrder: true } } } },
  criteria: { select: { criterion: { select: { code: true, sortOrder: true } } } },
  ledgerEntries: taskStatusSelect.ledgerEntries,
  occurrences: taskStatusSelect.occurrences,
} satisfies Prisma.TaskInclude;

export type TaskRecord = Prisma.TaskGetPayload<{ include: typeof taskRowInclude }>;

export function statusFactsOf(record: StatusRecord): TaskStatusFacts {
  return {
    completed: record.completedAt !== null,
    deadline: record.deadline ? formatBusinessDate(record.deadline) : null,
    recurrence: record.recurrence,
    entries: record.ledgerEntries.map((entry) => ({
      reviewStatus: entry.reviewStatus,
      effectiveDate: formatBusinessDate(entry.effectiveDate),
      occurrenceId: entry.occurrenceId,
    })),
    occurrences: record.occurrences.map((occurrence) => ({
      id: occurrence.id,
      periodStart: formatBusinessDate(occurrence.periodStart),
      periodEnd: formatBusinessDate(occurrence.periodEnd),
      dueDate: formatBusinessDate(occurrence.dueDate),
      completed: occurrence.completedAt !== null,
    })),
  };
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

export function toTaskRow(record: TaskRecord, today: string): TaskRow {
  return {
    id: record.id,
    cityId: record.cityId,
    title: record.title,
    description: record.description,
    target: record.target,
    action: record.action,
    leadDepartment: record.leadDepartment,
    coDepartments: record.coDepartments
      .map(({ department }) => department)
      .sort(bySortOrder)
      .map(({ id, name }) => ({ id, name })),
    responsiblePerson: record.responsiblePerson,
    deadline: record.deadline ? formatBusinessDate(record.deadline) : null,
    recurrence: record.recurrence,
    dispatchStatus: record.dispatchStatus,
    status: deriveTaskStatus(statusFactsOf(record), today),
    criteria: record.criteria
      .map(({ criterion }) => criterion)
      .sort(bySortOrder)
      .map(({ code }) => code),
    version: record.version,
  };
}
