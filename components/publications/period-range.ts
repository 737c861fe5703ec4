/** The kinds a period publication (or a province ranking) covers, and what a picker fills in for each. */
export type PeriodKind = "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
export type CycleOption = { id: string; name: string; startYear: number; endYear: number };
export type PeriodChoice = { kind: PeriodKind; year: number; month: number; quarter: number; cycleId: string };

const pad = (value: number) => String(value).padStart(2, "0");
/** The last day of a month (1–12) of a year, by the calendar (leap years included). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar month, quarter or year, or the cycle's years, as YYYY-MM-DD dates; null while no cycle is chosen. */
export function periodRange(choice: PeriodChoice, cycles: CycleOption[] = []): { periodStart: string; periodEnd: string } | null {
  const { year } = choice;
  switch (choice.kind) {
    case "MONTH":
      return { periodStart: `${year}-${pad(choice.month)}-01`, periodEnd: `${year}-${pad(choice.month)}-${pad(lastDay(year, choice.month))}` };
    case "QUARTER": {
      const first = (choice.quarter - 1) * 3 + 1;
      return { periodStart: `${year}-${pad(first)}-01`, periodEnd: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}` };
    }
    case "YEAR":
      return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
    case "CYCLE": {
      const cycle = cycles.find((candidate) => candidate.id === choice.cycleId);
      return cycle ? { periodStart: `${cycle.startYear}-01-01`, periodEnd: `${cycle.endYear}-12-31` } : null;
    }
  }
}

/** The previous calendar month of a Shanghai date: what an office most often publishes. */
export function defaultChoice(today: string, cycles: CycleOption[] = []): PeriodChoice {
  const [year, month] = today.split("-").map(Number);
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { kind: "MONTH", ...previous, quarter: Math.ceil(previous.month / 3), cycleId: cycles[0]?.id ?? "" };
}
