import { addDays } from "@/lib/domain/dates";
import type { TaskSeed } from "./tasks";

// What happens to each demo task, decided from its place in the list so the demo city has a
// realistic spread every time it is seeded: drafts, dispatched and acknowledged tasks, change
// requests, sign-offs, overdue tasks and recurring tasks (one in four misses its last period).
// Every date is relative to the seeding day, so the demo never ages.

export type TaskFate =
  "IN_PROGRESS" | "IN_PROGRESS_UNACKNOWLEDGED" | "COMPLETED" | "NOT_STARTED" | "OVERDUE" | "DRAFT" | "CHANGE_REQUESTED" | "RECURRING" | "RECURRING_MISSED";

const PATTERN: readonly TaskFate[] = [
  "IN_PROGRESS",
  "COMPLETED",
  "NOT_STARTED",
  "IN_PROGRESS",
  "OVERDUE",
  "IN_PROGRESS",
  "IN_PROGRESS_UNACKNOWLEDGED",
  "COMPLETED",
  "DRAFT",
  "IN_PROGRESS",
];

/** How far back the demo ledgers reach. */
export const LEDGER_WINDOW_DAYS = 150;

export function fatesOf(tasks: readonly TaskSeed[]): TaskFate[] {
  let recurring = 0;
  return tasks.map((task, index) => {
    if (task.changeReason) return "CHANGE_REQUESTED";
    if (task.recurrence) return recurring++ % 4 === 1 ? "RECURRING_MISSED" : "RECURRING";
    return PATTERN[index % PATTERN.length];
  });
}

export type Random = () => number;

/** A small deterministic PRNG (mulberry32), so the demo's texts and dates are the same each time. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** The deadline of a one-off task with this fate, or null for a recurring one. */
export function deadlineOf(fate: TaskFate, today: string, random: Random): string | null {
  switch (fate) {
    case "COMPLETED":
      return addDays(today, -between(random, 5, 100));
    case "OVERDUE":
      return addDays(today, -between(random, 3, 40));
    case "RECURRING":
    case "RECURRING_MISSED":
      return null;
    default:
      return addDays(today, between(random, 20, 150));
  }
}
