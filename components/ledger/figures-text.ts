import type { Figure } from "@/lib/validation/ledger";

/** 公益广告新增 120 处 — a figure as people write it. */
export function figureText(figure: Figure): string {
  return [figure.name, figure.value, figure.unit].filter(Boolean).join(" ");
}

/** Figures from the JSON a ledger form sends; nothing for an empty or unreadable field. */
export function figuresFromField(value: FormDataEntryValue | null): Figure[] {
  if (typeof value !== "string" || value.trim() === "") return [];
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
