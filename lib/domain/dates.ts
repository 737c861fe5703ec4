// Business dates are calendar dates in Asia/Shanghai (conventions.md); instants are UTC.
export const TIME_ZONE = "Asia/Shanghai";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return dateFormat.format(now);
}

/** An instant shown in Asia/Shanghai: 2026-03-01 14:05. */
export function formatInstant(instant: Date): string {
  return dateTimeFormat.format(instant).replace(",", "");
}

/** A @db.Date value (midnight UTC) as YYYY-MM-DD. */
export function formatBusinessDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const MIN_BUSINESS_YEAR = 1900;
export const MAX_BUSINESS_YEAR = 2999;

/** YYYY-MM-DD (years 1900–2999) to the Date Prisma stores in a @db.Date column. */
export function parseBusinessDate(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || formatBusinessDate(date) !== value) throw new RangeError(`invalid date: ${value}`);
  // A campaign's dates are modern; year 0000 is not even a PostgreSQL date (it would be a 500).
  const year = date.getUTCFullYear();
  if (year < MIN_BUSINESS_YEAR || year > MAX_BUSINESS_YEAR) throw new RangeError(`date out of range: ${value}`);
  return date;
}

export function addDays(isoDate: string, days: number): string {
  const date = parseBusinessDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return formatBusinessDate(date);
}

/** The last instant of a business date in Asia/Shanghai (UTC+8, no daylight saving). */
export function endOfShanghaiDay(date: Date): Date {
  return new Date(date.getTime() + 16 * 3600 * 1000 - 1);
}
