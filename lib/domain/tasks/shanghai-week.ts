import { addDays, parseBusinessDate } from "@/lib/domain/dates";

/** The Monday-to-Sunday week (the Chinese working week) that holds a business date, both ends as YYYY-MM-DD. */
export function weekOf(date: string): { from: string; to: string } {
  const weekday = parseBusinessDate(date).getUTCDay(); // 0 = Sunday
  const from = addDays(date, -((weekday + 6) % 7));
  return { from, to: addDays(from, 6) };
}
