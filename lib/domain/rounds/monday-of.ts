import { addDays, parseBusinessDate } from "@/lib/domain/dates";

/** Monday of the week holding the date (YYYY-MM-DD): weekly rounds run Monday to Sunday. */
export function mondayOf(date: string): string {
  const weekday = parseBusinessDate(date).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
