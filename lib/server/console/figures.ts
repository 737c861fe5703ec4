import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { Fraction } from "@/lib/domain/scoring/fraction";

/** A published score (decimal text, 4 places) as shown: 2 places, half away from zero; null stays absent. */
export function showScore(value: string | null): string | null {
  return value === null ? null : parseDecimal(value, "score").toFixed(DISPLAY_DECIMALS);
}

/** numerator / denominator × 100 as shown (2 places); null when there is nothing to divide by. */
export function showPercent(numerator: number, denominator: number): string | null {
  return denominator === 0 ? null : Fraction.of(100 * numerator, denominator).toFixed(DISPLAY_DECIMALS);
}

/** A published score as a chart coordinate (charts only: every table shows the text). */
export function chartValue(value: string | null): number | null {
  return value === null ? null : Number(value);
}
