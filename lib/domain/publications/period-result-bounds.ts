import type { FieldErrors } from "@/lib/errors";
import { parseBusinessDate } from "@/lib/domain/dates";
import { monthPeriod, quarterPeriod, yearPeriod } from "@/lib/domain/scoring/periods";

export type PeriodPublicationKind = "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
type Cycle = { startYear: number; endYear: number };

/** A cycle's dates: 1 January of its first year to 31 December of its last. */
export function cycleBounds(cycle: Cycle): { start: string; end: string } {
  return { start: yearPeriod(cycle.startYear).start, end: yearPeriod(cycle.endYear).end };
}

function isBusinessDate(value: string): boolean {
  try {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseBusinessDate(value) !== null;
  } catch {
    return false;
  }
}

function isCalendarPeriod(kind: PeriodPublicationKind, start: string, end: string): boolean {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const same = (period: { start: string; end: string }) => period.start === start && period.end === end;
  if (kind === "MONTH") return same(monthPeriod(year, month));
  if (kind === "QUARTER") return month % 3 === 1 && same(quarterPeriod(year, ((month + 2) / 3) as 1 | 2 | 3 | 4));
  if (kind === "YEAR") return same(yearPeriod(year));
  return true;
}

const SHAPE: Record<PeriodPublicationKind, string> = {
  ROUND: "",
  MONTH: "月度发布的期间须为一个自然月（如 2026-03-01 至 2026-03-31）",
  QUARTER: "季度发布的期间须为一个自然季度（如 2026-01-01 至 2026-03-31）",
  YEAR: "年度发布的期间须为一个自然年（1月1日至12月31日）",
  CYCLE: "创建周期发布的期间须为本市某一创建周期的起止日期",
};

/**
 * Whether a period fits its kind: a calendar month, quarter or year; for CYCLE the dates of one of `cycles`
 * (for a province, whole years: its cities' cycles may differ). Null when it fits, else the field errors.
 */
export function periodBoundsErrors(kind: PeriodPublicationKind, start: string, end: string, cycles: readonly Cycle[] | null = null): FieldErrors | null {
  const errors: FieldErrors = {};
  if (!isBusinessDate(start)) errors.periodStart = ["日期格式应为 YYYY-MM-DD"];
  if (!isBusinessDate(end)) errors.periodEnd = ["日期格式应为 YYYY-MM-DD"];
  if (Object.keys(errors).length) return errors;
  if (start > end) return { periodEnd: ["结束日期不能早于开始日期"] };
  const fits =
    kind === "CYCLE"
      ? cycles === null
        ? start.endsWith("-01-01") && end.endsWith("-12-31")
        : cycles.some((cycle) => cycleBounds(cycle).start === start && cycleBounds(cycle).end === end)
      : isCalendarPeriod(kind, start, end);
  return fits ? null : { periodStart: [SHAPE[kind]], periodEnd: [SHAPE[kind]] };
}
