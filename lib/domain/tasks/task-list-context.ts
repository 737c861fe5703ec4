import type { Recurrence } from "./occurrences";

/** What a task list is checked against: the annual plan's actions, the city's departments and criteria. */
export type TaskListContext = {
  /** The annual plan's live actions, with the titles of their live tasks (to refuse importing twice). */
  actions: ReadonlyArray<{ id: string; name: string; titles: readonly string[] }>;
  /** The city's live departments. */
  departments: ReadonlyArray<{ id: string; name: string; shortName: string | null }>;
  /** Criterion id by code: the adopted edition's criteria and the city's local ones; null without an edition. */
  criteria: ReadonlyMap<string, string> | null;
  /** Codes the city marked as not applicable. */
  excludedCodes: ReadonlySet<string>;
};

/** One valid row, its names resolved to ids. */
export type TaskListRow = {
  row: number;
  actionName: string;
  title: string;
  description: string | null;
  target: string | null;
  leadDepartmentId: string;
  leadDepartmentName: string;
  coDepartments: Array<{ id: string; name: string }>;
  responsiblePerson: string | null;
  deadline: string | null;
  recurrence: Recurrence;
  criteria: Array<{ id: string; code: string }>;
};
