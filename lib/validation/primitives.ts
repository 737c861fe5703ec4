import { parseBusinessDate } from "@/lib/domain/dates";
import { z } from "@/lib/validation/zod";

// The shared building blocks of every input schema. Control characters never reach the database:
// PostgreSQL refuses NUL in text (a 500 instead of a 422), and the others hide text from people
// reading a record or an export.

/** C0 controls, DEL and C1 controls (Unicode category Cc). */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same without tab, newline and carriage return, which multi-line text may hold. */
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const CONTROL_CHARACTER_MESSAGE = "不能包含控制字符";
const SINGLE_LINE_MESSAGE = "不能包含换行、制表符等控制字符";

/** Whether `value` holds a control character; `multiLine` allows tab, newline and carriage return. */
export function hasControlCharacters(value: string, { multiLine = false }: { multiLine?: boolean } = {}): boolean {
  return (multiLine ? CONTROL_EXCEPT_LINE_BREAKS : ANY_CONTROL).test(value);
}

/**
 * The paths (`rows.3.title`; "" for the value itself) of every string in a JSON-like value that
 * holds a control character other than tab, newline and carriage return. Only plain objects and
 * arrays are walked (not bytes, dates or class instances), without recursion, so a deeply nested
 * body cannot exhaust the stack.
 */
export function findControlCharacters(value: unknown): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: "" }];
  while (pending.length) {
    const { value: current, path } = pending.pop()!;
    const child = (key: string | number) => (path ? `${path}.${key}` : String(key));
    if (typeof current === "string") {
      if (hasControlCharacters(current, { multiLine: true })) found.push(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: child(index) }));
    } else if (isPlainObject(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (hasControlCharacters(key, { multiLine: true })) found.push(child(key));
        pending.push({ value: item, path: child(key) });
      }
    }
  }
  return found.sort();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Names, titles, emails, phone numbers: trimmed, no control character at all (not even tab or newline). */
export function singleLineText() {
  return z
    .string()
    .trim()
    .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, SINGLE_LINE_MESSAGE);
}

/** Descriptions and notes: trimmed; tab, newline and carriage return allowed, other control characters not. */
export function multiLineText() {
  return z
    .string()
    .trim()
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/, CONTROL_CHARACTER_MESSAGE);
}

/** A record id as the API and the forms send it. */
export const idSchema = singleLineText().min(1).max(64);

/** A business date: `YYYY-MM-DD`, a real calendar day (2026-02-30 is refused) of 1900–2999. */
export function businessDate(messages: { format: string; invalid: string } = { format: "日期格式应为 YYYY-MM-DD", invalid: "不是有效的日期" }) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: messages.format, abort: true })
    .refine(isBusinessDate, messages.invalid);
}

export const businessDateSchema = businessDate();

/** Whether a `YYYY-MM-DD` text is a business date the database can hold. */
export function isBusinessDate(value: string): boolean {
  try {
    parseBusinessDate(value);
    return true;
  } catch {
    return false;
  }
}

/** An optional field where a blank form input ("" or spaces) means "none" (null); omitted stays undefined. */
export function blankToNull<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (isBlank(value) ? null : value), schema.nullish());
}

/** An optional field where a blank form input counts as left out (undefined): a multipart form sends "" for an empty field. */
export function blankToUndefined<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());
}

const isBlank = (value: unknown) => typeof value === "string" && value.trim() === "";
