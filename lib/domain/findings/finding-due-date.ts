import { addDays } from "@/lib/domain/dates";

export const DEFAULT_RECTIFICATION_DAYS = 7;

export type RectificationWindows = {
  /** CityCriterionSetting.rectificationDays: the city's own window for this criterion. */
  cityCriterionDays?: number | null;
  /** Criterion.rectificationDays: the edition's window for this criterion. */
  criterionDays?: number | null;
  /** City.rectificationDays: the city's general window (7 by default). */
  cityDays?: number | null;
};

/** The most specific window that is set: city override of the criterion, criterion, city, 7. */
export function rectificationDays(windows: RectificationWindows): number {
  return windows.cityCriterionDays ?? windows.criterionDays ?? windows.cityDays ?? DEFAULT_RECTIFICATION_DAYS;
}

/** A finding's due date: the check's date (YYYY-MM-DD in Shanghai) plus the window. */
export function findingDueDate(checkDate: string, windows: RectificationWindows): string {
  return addDays(checkDate, rectificationDays(windows));
}
