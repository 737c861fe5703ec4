import type { CalculatorInput } from "./calculator-input";

type RubricKind = CalculatorInput["criteria"][number]["rubric"]["kind"];
type Outcome = CalculatorInput["checks"][number]["outcome"];

/** The outcome columns a check is stored with; exactly one of them is set, the one its rubric reads. */
export type StoredOutcomeColumns = {
  passed: boolean | null;
  findingCount: number | null;
  grade: string | null;
  measuredValue: { toString(): string } | string | null;
};

const OUTCOME_COLUMNS = ["passed", "findingCount", "grade", "measuredValue"] as const;
const COLUMN_OF = { DEDUCT: "findingCount", GRADED: "grade", THRESHOLD: "measuredValue", PROPORTION: "passed", PASS_FAIL: "passed" } as const;

/**
 * An inspected check's outcome in the calculator's shape, or null when the stored columns do not
 * fit the criterion's rubric (its own column empty, or another one filled: a grade for a DEDUCT
 * criterion, say). Scoring treats that as invalid input, never as a check to leave out.
 */
export function storedCheckOutcome(kind: RubricKind, columns: StoredOutcomeColumns): Outcome | null {
  const own = COLUMN_OF[kind];
  const filled = OUTCOME_COLUMNS.filter((column) => columns[column] !== null && columns[column] !== undefined);
  if (filled.length !== 1 || filled[0] !== own) return null;
  if (own === "findingCount") return { findings: columns.findingCount as number };
  if (own === "grade") return { grade: columns.grade as string };
  if (own === "measuredValue") return { value: (columns.measuredValue as { toString(): string }).toString() };
  return { pass: columns.passed as boolean };
}
