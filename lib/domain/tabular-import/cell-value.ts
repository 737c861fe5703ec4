/** A cell as read from a worksheet: rich text, hyperlinks and formulas are reduced to their value. */
export type CellValue = string | number | boolean | Date | null;

export function normalizeCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText)) return record.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
    if ("formula" in record || "sharedFormula" in record) return normalizeCell(record.result);
    if ("text" in record) return normalizeCell(record.text);
    if ("error" in record) return String(record.error);
  }
  return String(value);
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * The trimmed text of a scalar (a number keeps its plain decimal form), "" for a blank,
 * undefined for anything that is not a scalar (a list or a map where text was expected).
 */
export function textOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

/** A header as people type it: spaces, required-marks and full-width parentheses do not matter. */
export function normalizeHeader(value: unknown): string {
  return (textOf(value) ?? "").replace(/\s+/g, "").replace(/[*＊]/g, "").replace(/（/g, "(").replace(/）/g, ")");
}
