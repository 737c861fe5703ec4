import { formatBusinessDate, MAX_BUSINESS_YEAR, MIN_BUSINESS_YEAR } from "@/lib/domain/dates";
import { accept, reject, type FieldResult } from "@/lib/domain/tabular-import/read-field";

// Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year); serials in this range are 1954–2119.
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const SERIAL_RANGE = [20_000, 80_000] as const;

const TEXT_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
];

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < MIN_BUSINESS_YEAR || year > MAX_BUSINESS_YEAR) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return formatBusinessDate(date);
}

const INVALID = (text: string) => `完成时限“${text}”不是有效日期，请填写日期，如 2026-06-30、2026/6/30 或 2026年6月30日。`;

/**
 * A deadline as a business date (YYYY-MM-DD): an Excel date cell (read at UTC midnight), a date
 * serial, or text such as 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日. Blank is `null`.
 */
export function parseDeadline(value: unknown): FieldResult<string | null> {
  if (value === null || value === undefined) return accept(null);
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? undefined : isoOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return iso ? accept(iso) : reject(INVALID(String(value)));
  }
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < SERIAL_RANGE[0] || value > SERIAL_RANGE[1]) return reject(INVALID(String(value)));
    return accept(formatBusinessDate(new Date(EXCEL_EPOCH_UTC + value * 86_400_000)));
  }
  const text = String(value).trim().replace(/\s+/g, "");
  if (text === "") return accept(null);
  for (const form of TEXT_FORMS) {
    const match = text.match(form);
    if (!match) continue;
    const iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? accept(iso) : reject(INVALID(text));
  }
  return reject(INVALID(text));
}
