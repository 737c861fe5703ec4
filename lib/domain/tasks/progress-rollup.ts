import type { TaskStatus } from "./task-status";

// Progress roll-ups: each task counts once (weighted by task, never by guess), and the rate is
// shown with its arithmetic so an office can check it by hand.

export type ProgressRollup = {
  total: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  /** completed / total × 100, rounded half away from zero to 1 decimal; null when there is no task. */
  rate: number | null;
  /** "12 / 30 = 40.0%"; null when there is no task (shown as "—"). */
  arithmetic: string | null;
};

export type ProgressGroup<K> = ProgressRollup & { key: K };

/** The rate in tenths of a percent, exactly: round(completed × 1000 / total), halves away from zero. */
function rateTenths(completed: number, total: number): number {
  // Both are non-negative integers, so "away from zero" is "up": floor((2·c·1000 + total) / (2·total)).
  return Math.floor((2 * completed * 1000 + total) / (2 * total));
}

/** "40.0" for 400 tenths, with integer arithmetic only. */
function formatTenths(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** The roll-up of a set of task statuses. */
export function rollUp(statuses: readonly TaskStatus[]): ProgressRollup {
  const count = (status: TaskStatus) => statuses.filter((candidate) => candidate === status).length;
  const total = statuses.length;
  const completed = count("COMPLETED");
  const base = { total, completed, inProgress: count("IN_PROGRESS"), notStarted: count("NOT_STARTED"), overdue: count("OVERDUE") };
  if (total === 0) return { ...base, rate: null, arithmetic: null };
  const tenths = rateTenths(completed, total);
  return { ...base, rate: tenths / 10, arithmetic: `${completed} / ${total} = ${formatTenths(tenths)}%` };
}

/**
 * Roll-ups per group (e.g. per action, or per lead department), in the order the groups first
 * appear among `tasks`: callers pass the tasks in the order the groups should be shown.
 */
export function rollUpBy<T extends { status: TaskStatus }, K>(tasks: readonly T[], keyOf: (task: T) => K, idOf: (key: K) => string): ProgressGroup<K>[] {
  const groups = new Map<string, { key: K; statuses: TaskStatus[] }>();
  for (const task of tasks) {
    const key = keyOf(task);
    const id = idOf(key);
    const group = groups.get(id) ?? { key, statuses: [] };
    group.statuses.push(task.status);
    groups.set(id, group);
  }
  return [...groups.values()].map(({ key, statuses }) => ({ key, ...rollUp(statuses) }));
}
