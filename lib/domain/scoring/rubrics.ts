import { parseNonNegative, parseNonNegativeInteger, parsePositive, type DecimalLike } from "./decimal-input";
import { Fraction } from "./fraction";
import { ScoringInputError, fieldAt } from "./scoring-input-error";

export const RUBRIC_KINDS = ["DEDUCT", "PROPORTION", "PASS_FAIL", "GRADED", "THRESHOLD"] as const;
export type RubricKind = (typeof RUBRIC_KINDS)[number];
export const THRESHOLD_DIRECTIONS = ["AT_LEAST", "AT_MOST"] as const;
export type ThresholdDirection = (typeof THRESHOLD_DIRECTIONS)[number];

export const DEFAULT_GRADES: Readonly<Record<string, string>> = { A: "1", B: "0.8", C: "0.6", D: "0" };

/** A rubric as configured (plain data). */
export type RubricInput =
  | { kind: "DEDUCT"; perFinding: DecimalLike; cap?: DecimalLike | null }
  | { kind: "PROPORTION" }
  | { kind: "PASS_FAIL" }
  | { kind: "GRADED"; grades?: Record<string, DecimalLike> | null }
  | { kind: "THRESHOLD"; target: DecimalLike; direction: ThresholdDirection };

/** A check's outcome as recorded (plain data); which one fits depends on the rubric. */
export type CheckOutcome = { pass: boolean } | { findings: number } | { grade: string } | { value: DecimalLike };

/** A validated rubric with exact parameters; a DEDUCT cap is already limited to P. */
export type Rubric =
  | { kind: "DEDUCT"; perFinding: Fraction; cap: Fraction }
  | { kind: "PROPORTION" }
  | { kind: "PASS_FAIL" }
  | { kind: "GRADED"; grades: ReadonlyMap<string, Fraction> }
  | { kind: "THRESHOLD"; target: Fraction; direction: ThresholdDirection };

/** A validated outcome, in the form its rubric reads it. */
export type Outcome =
  { kind: "findings"; count: number } | { kind: "pass"; passed: boolean } | { kind: "grade"; fraction: Fraction } | { kind: "value"; value: Fraction };

const PARAMETERS: Record<RubricKind, readonly string[]> = {
  DEDUCT: ["perFinding", "cap"],
  PROPORTION: [],
  PASS_FAIL: [],
  GRADED: ["grades"],
  THRESHOLD: ["target", "direction"],
};

function isRubricKind(kind: unknown): kind is RubricKind {
  return typeof kind === "string" && (RUBRIC_KINDS as readonly string[]).includes(kind);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function required<T>(value: T | undefined | null, field: string): T {
  if (!isPresent(value)) throw new ScoringInputError(field, "缺少参数 (missing parameter)");
  return value as T;
}

function compileGrades(grades: Record<string, DecimalLike> | null | undefined, field: string): Map<string, Fraction> {
  const source: Record<string, DecimalLike> = isPresent(grades) ? grades! : DEFAULT_GRADES;
  if (typeof source !== "object" || Array.isArray(source)) throw new ScoringInputError(field, "必须是档次到分数的映射 (must map grades to fractions)");
  const compiled = new Map<string, Fraction>();
  for (const [grade, value] of Object.entries(source)) {
    const fraction = parseNonNegative(value, fieldAt(field, grade));
    if (fraction.gt(Fraction.ONE)) throw new ScoringInputError(fieldAt(field, grade), "必须在 0 到 1 之间 (must be in [0, 1])");
    compiled.set(grade, fraction);
  }
  if (compiled.size === 0) throw new ScoringInputError(field, "至少需要一个档次 (needs at least one grade)");
  return compiled;
}

/** Validates a rubric against its criterion's points P (already checked > 0). */
export function compileRubric(input: RubricInput, points: Fraction, field: string): Rubric {
  if (typeof input !== "object" || input === null) throw new ScoringInputError(field, "缺少评分规则 (missing rubric)");
  const kind: unknown = input.kind;
  if (!isRubricKind(kind)) throw new ScoringInputError(fieldAt(field, "kind"), "未知的评分规则 (unknown rubric kind)");
  for (const key of Object.keys(input)) {
    if (key !== "kind" && !PARAMETERS[kind].includes(key)) {
      throw new ScoringInputError(fieldAt(field, key), "该评分规则没有此参数 (not a parameter of this rubric kind)");
    }
  }
  switch (input.kind) {
    case "DEDUCT": {
      const perFinding = parsePositive(required(input.perFinding, fieldAt(field, "perFinding")), fieldAt(field, "perFinding"));
      const cap = isPresent(input.cap) ? parseNonNegative(input.cap!, fieldAt(field, "cap")) : points;
      return { kind: "DEDUCT", perFinding, cap: cap.min(points) };
    }
    case "PROPORTION":
    case "PASS_FAIL":
      return { kind: input.kind };
    case "GRADED":
      return { kind: "GRADED", grades: compileGrades(input.grades, fieldAt(field, "grades")) };
    case "THRESHOLD": {
      const target = parsePositive(required(input.target, fieldAt(field, "target")), fieldAt(field, "target"));
      const direction: unknown = required(input.direction, fieldAt(field, "direction"));
      if (!(THRESHOLD_DIRECTIONS as readonly unknown[]).includes(direction)) {
        throw new ScoringInputError(fieldAt(field, "direction"), "必须是 AT_LEAST 或 AT_MOST (must be AT_LEAST or AT_MOST)");
      }
      return { kind: "THRESHOLD", target, direction: direction as ThresholdDirection };
    }
  }
}

const OUTCOME_KEY: Record<RubricKind, "findings" | "pass" | "grade" | "value"> = {
  DEDUCT: "findings",
  PROPORTION: "pass",
  PASS_FAIL: "pass",
  GRADED: "grade",
  THRESHOLD: "value",
};

/** Validates one check's outcome against its criterion's rubric: a misfit is invalid input, never a zero. */
export function readOutcome(rubric: Rubric, outcome: CheckOutcome, field: string): Outcome {
  const expected = OUTCOME_KEY[rubric.kind];
  const keys = typeof outcome === "object" && outcome !== null ? Object.keys(outcome) : [];
  if (keys.length !== 1 || keys[0] !== expected) {
    throw new ScoringInputError(field, `结果与评分规则 ${rubric.kind} 不符，应为 {"${expected}": …} (outcome does not fit rubric ${rubric.kind})`);
  }
  const value: unknown = (outcome as Record<string, unknown>)[expected];
  const valueField = fieldAt(field, expected);
  switch (rubric.kind) {
    case "DEDUCT":
      return { kind: "findings", count: parseNonNegativeInteger(value, valueField) };
    case "PROPORTION":
    case "PASS_FAIL":
      if (typeof value !== "boolean") throw new ScoringInputError(valueField, "必须是 true 或 false (must be a boolean)");
      return { kind: "pass", passed: value };
    case "GRADED": {
      const fraction = typeof value === "string" ? rubric.grades.get(value) : undefined;
      if (!fraction) throw new ScoringInputError(valueField, `不在档次表中: ${[...rubric.grades.keys()].join(", ")} (grade not in the map)`);
      return { kind: "grade", fraction };
    }
    case "THRESHOLD":
      if (typeof value !== "string" && typeof value !== "number") throw new ScoringInputError(valueField, "不是有效的数值 (not a decimal number)");
      return { kind: "value", value: parseNonNegative(value, valueField) };
  }
}
