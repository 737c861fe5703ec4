import { z } from "@/lib/validation/zod";

// Weights and thresholds are decimals in the database: they travel as text, never through a float,
// so 0.15 stays 0.15. A form sends text, the API may send a number; both become the same text.

/** A non-negative decimal with at most `integerDigits` digits before the point and `decimals` after it. */
export function decimalText({ integerDigits, decimals, message }: { integerDigits: number; decimals: number; message: string }) {
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${decimals}})?$`);
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value) => (typeof value === "number" ? String(value) : value.trim()))
    .pipe(z.string().regex(pattern, message));
}
