import { DEFAULT_GRADES } from "@/lib/domain/indicators/explain-rubric";
import { sortedGrades } from "@/lib/domain/indicators/rubric-params";
import type { Rubric } from "./api-types";
import type { CheckOutcome } from "./queued-check";

/** What the inspector's control holds for each rubric kind before it becomes an outcome. */
export type OutcomeInput = { pass: boolean | null; findings: number; grade: string | null; value: string };

export const EMPTY_OUTCOME_INPUT: OutcomeInput = { pass: null, findings: 0, grade: null, value: "" };

export type OutcomeResult = { ok: true; outcome: CheckOutcome } | { ok: false; errorKey: string };

// As the server takes it (lib/validation/checks.ts): the stored Decimal(14, 4) holds it exactly.
const DECIMAL = /^-?\d{1,10}(\.\d{1,4})?$/;

/** The grades a GRADED rubric offers, best first (the scoring contract's A–D when none are set). */
export function gradesOf(rubric: Rubric): string[] {
  return sortedGrades(rubric.grades ?? DEFAULT_GRADES).map(([grade]) => grade);
}

/** The calculator's outcome shape for the rubric's kind, or the message key of what is missing. */
export function outcomeFromInput(rubric: Rubric, input: OutcomeInput): OutcomeResult {
  switch (rubric.kind) {
    case "PASS_FAIL":
    case "PROPORTION":
      return input.pass === null ? { ok: false, errorKey: "inspect.errors.choosePass" } : { ok: true, outcome: { pass: input.pass } };
    case "DEDUCT":
      return Number.isInteger(input.findings) && input.findings >= 0 && input.findings <= 999
        ? { ok: true, outcome: { findings: input.findings } }
        : { ok: false, errorKey: "inspect.errors.findingCount" };
    case "GRADED":
      return input.grade !== null && gradesOf(rubric).includes(input.grade)
        ? { ok: true, outcome: { grade: input.grade } }
        : { ok: false, errorKey: "inspect.errors.chooseGrade" };
    case "THRESHOLD": {
      const value = input.value.trim();
      return DECIMAL.test(value) ? { ok: true, outcome: { value } } : { ok: false, errorKey: "inspect.errors.measuredValue" };
    }
  }
}

/** The control's state for a saved or queued outcome (to edit a refused check). */
export function inputFromOutcome(outcome: CheckOutcome | undefined | null): OutcomeInput {
  if (!outcome) return EMPTY_OUTCOME_INPUT;
  if ("pass" in outcome) return { ...EMPTY_OUTCOME_INPUT, pass: outcome.pass };
  if ("findings" in outcome) return { ...EMPTY_OUTCOME_INPUT, findings: outcome.findings };
  if ("grade" in outcome) return { ...EMPTY_OUTCOME_INPUT, grade: outcome.grade };
  return { ...EMPTY_OUTCOME_INPUT, value: String(outcome.value) };
}
