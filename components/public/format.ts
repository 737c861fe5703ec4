import { formatInstant } from "@/lib/domain/dates";

/** A published decimal score ("87.6543") shown with `places` decimals, rounded half up on its digits (no floats). */
export function formatScore(value: string | null, places = 2): string {
  if (value === null) return "—";
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction = ""] = match;
  const digits = (whole + fraction.padEnd(places + 1, "0").slice(0, places + 1)).split("").map(Number);
  const roundUp = digits.pop()! >= 5;
  if (roundUp) {
    let index = digits.length - 1;
    while (index >= 0 && digits[index] === 9) digits[index--] = 0;
    if (index < 0) digits.unshift(1);
    else digits[index] += 1;
  }
  const text = digits.join("");
  const integer = text.slice(0, text.length - places).replace(/^0+(?=\d)/, "");
  const decimals = text.slice(text.length - places);
  const shown = places > 0 ? `${integer}.${decimals}` : integer;
  return sign && /[1-9]/.test(shown) ? `-${shown}` : shown;
}

/** An instant of the API (ISO 8601) as shown: Asia/Shanghai, 2026-03-01 10:00. */
export function formatPublished(iso: string): string {
  return formatInstant(new Date(iso));
}

/** A whole-number share in percent, or null when there is nothing to divide. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 100) / whole);
}
