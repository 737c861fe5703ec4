import Decimal from "decimal.js";
import { Fraction } from "./fraction";
import { ScoringInputError } from "./scoring-input-error";

/** A number as it arrives in plain data: exact decimal text ("2.5") or a JS number (read as its shortest text). */
export type DecimalLike = string | number;

// Text is plain notation ("12.5"); a JS number may print with an exponent (1e-7), bounded by the double range.
const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The exact value of a decimal, or a ScoringInputError naming `field`. */
export function parseDecimal(value: DecimalLike, field: string): Fraction {
  const isValid = typeof value === "number" ? Number.isFinite(value) : typeof value === "string" && PLAIN_DECIMAL.test(value.trim());
  if (!isValid) throw new ScoringInputError(field, "不是有效的数值 (not a decimal number)");
  const text = typeof value === "number" ? String(value) : value.trim();
  const plain = new Decimal(text).toFixed();
  const negative = plain.startsWith("-");
  const [whole, fraction = ""] = plain.replace("-", "").split(".");
  const numerator = BigInt(`${whole}${fraction}`);
  return Fraction.of(negative ? -numerator : numerator, 10n ** BigInt(fraction.length));
}

export function parsePositive(value: DecimalLike, field: string): Fraction {
  const parsed = parseDecimal(value, field);
  if (!parsed.gt(Fraction.ZERO)) throw new ScoringInputError(field, "必须大于 0 (must be > 0)");
  return parsed;
}

export function parseNonNegative(value: DecimalLike, field: string): Fraction {
  const parsed = parseDecimal(value, field);
  if (parsed.isNegative()) throw new ScoringInputError(field, "不能为负数 (must be ≥ 0)");
  return parsed;
}

export function parseNonNegativeInteger(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ScoringInputError(field, "必须是不小于 0 的整数 (must be a whole number ≥ 0)");
  }
  return value;
}
