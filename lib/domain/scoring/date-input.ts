import { addDays, parseBusinessDate } from "../dates";
import { ScoringInputError } from "./scoring-input-error";

/** A business date YYYY-MM-DD; validated dates of this form compare correctly as strings. */
export type BusinessDate = string;

export function parseDate(value: unknown, field: string): BusinessDate {
  try {
    if (typeof value !== "string") throw new RangeError("not a string");
    parseBusinessDate(value);
    return value;
  } catch {
    throw new ScoringInputError(field, "不是有效的日期 YYYY-MM-DD (not a valid YYYY-MM-DD date)");
  }
}

export function parseOptionalDate(value: unknown, field: string): BusinessDate | null {
  return value === null || value === undefined ? null : parseDate(value, field);
}

/** The calendar date `days` days before `date`. */
export function daysBefore(date: BusinessDate, days: number): BusinessDate {
  return addDays(date, -days);
}
