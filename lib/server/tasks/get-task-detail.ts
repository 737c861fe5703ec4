import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { formatInstant, todayInShanghai } from "@/lib/domain/dates";
import { occurrenceStateOf, type OccurrenceState } from "@/lib/domain/tasks/occurrence-states";
import type { TaskRow } from "@/lib/validation/tasks";
import { getTaskOrThrow } from "./get-task-or-throw";
import { getTaskHistory, type TaskHistoryEntry } from "./task-history";
import { statusFactsOf, taskStatusSelect } from "./task-row";

export type TaskDetail = {
  task: TaskRow;
  /** The criteria the task serves, in the edition's order. */
  criteria: { id: string; code: string; name: string; points: string }[];
  /** A recurring task's occurrences, earliest first, each with its own state. */
  occurrences: { id: string; periodStart: string; periodEnd: string; dueDate: string; state: OccurrenceState }[];
  /** Dispatch and sign-off facts; instants shown in Asia/Shanghai. */
  dispatch: {
    dispatchedAt: string | null;
    acknowledgedAt: string | null;
    changeReason: string | null;
    changeRequestedAt: string | null;
    completedAt: string | null;
  };
  history: TaskHistoryEntry[];
};

const shown = (instant: Date | null) => (instant ? formatInstant(instant) : null);

/** Everything the task page shows; 404 outside the actor's scope (checked by the task read first). */
export async function getTaskDetail(actor: Actor, id: string): Promise<TaskDetail> {
  const task = await getTaskOrThrow(actor, id);
  const [record, history] = await Promise.all([
    db().task.findUniqueOrThrow({
      where: { id },
      select: {
        ...taskStatusSelect,
        dispatchedAt: true,
        acknowledgedAt: true,
        changeReason: true,
        changeRequestedAt: true,
        criteria: { select: { criterion: { select: { id: true, code: true, name: true, points: true, sortOrder: true } } } },
      },
    }),
    getTaskHistory(actor, id),
  ]);
  const facts = statusFactsOf(record);
  const today = todayInShanghai();
  return {
    task,
    criteria: record.criteria
      .map(({ criterion }) => criterion)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ id: criterionId, code, name, points }) => ({ id: criterionId, code, name, points: points.toString() })),
    occurrences: facts.occurrences
      .map((occurrence) => ({
        id: occurrence.id,
        periodStart: occurrence.periodStart,
        periodEnd: occurrence.periodEnd,
        dueDate: occurrence.dueDate,
        state: occurrenceStateOf(occurrence, facts.entries, today),
      }))
      .sort((a, b) => (a.periodStart < b.periodStart ? -1 : 1)),
    dispatch: {
      dispatchedAt: shown(record.dispatchedAt),
      acknowledgedAt: shown(record.acknowledgedAt),
      changeReason: record.changeReason,
      changeRequestedAt: shown(record.changeRequestedAt),
      completedAt: shown(record.completedAt),
    },
    history,
  };
}
