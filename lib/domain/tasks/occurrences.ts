import { addDays } from "@/lib/domain/dates";

// The occurrences (periods) of a recurring task. Business dates are YYYY-MM-DD strings; weeks run
// Monday to Sunday (the Chinese working week); each occurrence is due on the last day of its period.

export type Recurrence = "NONE" | "WEEKLY" | "MONTHLY" | "QUARTERLY";
export type OccurrencePeriod = { periodStart: string; periodEnd: string; dueDate: string };

/**
 * Every period of `recurrence` that overlaps `from`..`to` (both included), clipped to that range,
 * in order. A one-off task (`NONE`) has none.
 */
export function occurrencesFor(recurrence: Recurrence, from: string, to: string): OccurrencePeriod[] {
  if (recurrence === "NONE" || from > to) return [];
  const periods: OccurrencePeriod[] = [];
  let start = periodStartOf(recurrence, from);
  while (start <= to) {
    const next = nextPeriodStart(recurrence, start);
    const end = addDays(next, -1);
    const periodStart = start < from ? from : start;
    const periodEnd = end > to ? to : end;
    periods.push({ periodStart, periodEnd, dueDate: periodEnd });
    start = next;
  }
  return periods;
}

/** The occurrences of a task over a plan year (1 January to 31 December). */
export function occurrencesOfYear(recurrence: Recurrence, year: number): OccurrencePeriod[] {
  return occurrencesFor(recurrence, `${year}-01-01`, `${year}-12-31`);
}

function periodStartOf(recurrence: Exclude<Recurrence, "NONE">, date: string): string {
  const [year, month] = date.split("-").map(Number);
  switch (recurrence) {
    case "WEEKLY": {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      return addDays(date, -((weekday + 6) % 7));
    }
    case "MONTHLY":
      return isoDate(year, month, 1);
    case "QUARTERLY":
      return isoDate(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
  }
}

function nextPeriodStart(recurrence: Exclude<Recurrence, "NONE">, start: string): string {
  if (recurrence === "WEEKLY") return addDays(start, 7);
  const [year, month] = start.split("-").map(Number);
  const step = recurrence === "MONTHLY" ? 1 : 3;
  const zeroBased = month - 1 + step;
  return isoDate(year + Math.floor(zeroBased / 12), (zeroBased % 12) + 1, 1);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
