import { param, type SearchParams } from "@/components/layout/search-params";

export const TASK_FILTER_NAMES = [
  "action",
  "department",
  "status",
  "dispatchStatus",
  "pendingReview",
  "dueFrom",
  "dueTo",
  "criterion",
  "q",
  "sort",
  "order",
] as const;
export type TaskListQuery = Partial<Record<(typeof TASK_FILTER_NAMES)[number], string>>;

/**
 * The task list's parameters as they stand in the URL (trimmed, empty ones dropped). They are
 * validated by the read itself, so a bad value comes back as a field error, never silently dropped.
 */
export function taskListQueryOf(searchParams: SearchParams): TaskListQuery {
  return Object.fromEntries(TASK_FILTER_NAMES.map((name) => [name, param(searchParams, name)]).filter(([, value]) => value !== undefined));
}

/** The sort link of a column header: a first click sorts ascending, the next toggles; filters are kept, paging restarts. */
export function sortHref(query: TaskListQuery, column: string): string {
  const isCurrent = query.sort === column;
  const order = isCurrent && (query.order ?? "asc") === "asc" ? "desc" : "asc";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, sort: column, order })) if (value) params.set(key, value);
  return `/tasks?${params.toString()}`;
}
