import type { ScoredCheck } from "./criteria-results";
import type { ScoredCriterion } from "./criterion-score";
import { parseDate, parseOptionalDate } from "./date-input";
import { parseNonNegative, parseNonNegativeInteger, parsePositive, type DecimalLike } from "./decimal-input";
import { DEFAULT_WEIGHTS, type Period, type ScoredFinding, type ScoredTask, type Weights } from "./department-scorecard";
import { DEFAULT_LIST_SETTINGS, type ListSettings } from "./lists";
import { compileRubric, readOutcome, type CheckOutcome, type RubricInput } from "./rubrics";
import { ScoringInputError, fieldAt } from "./scoring-input-error";

/** Everything one round is scored from, as plain data: the auditor's calculator input. */
export type RoundInput = {
  criteria: { code: string; points: DecimalLike; rubric: RubricInput; veto?: boolean }[];
  checks: { criterion: string; departments: string[]; outcome: CheckOutcome }[];
  findings: { department: string; due: string; verifiedAt: string | null }[];
  /** Tasks assigned to their department as lead and open during the period. */
  tasks: { department: string; completed: boolean; lastEntryDate: string | null }[];
  period: { start: string; end: string };
  departments?: string[];
  weights?: { inspection?: DecimalLike; rectification?: DecimalLike; ledger?: DecimalLike };
  lists?: { redCount?: number; blackCount?: number; blackThreshold?: DecimalLike };
};

export type CompiledRound = {
  criteria: ScoredCriterion[];
  checks: ScoredCheck[];
  findings: ScoredFinding[];
  tasks: ScoredTask[];
  period: Period;
  /** Every department named anywhere in the input. */
  departments: string[];
  weights: Weights;
  lists: ListSettings;
};

function list<T>(value: readonly T[] | undefined, field: string): readonly T[] {
  if (!Array.isArray(value)) throw new ScoringInputError(field, "必须是数组 (must be an array)");
  return value;
}

function parseName(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new ScoringInputError(field, "必须是非空字符串 (must be a non-empty string)");
  return value;
}

function parseBoolean(value: unknown, field: string): boolean {
  if (typeof value !== "boolean") throw new ScoringInputError(field, "必须是 true 或 false (must be a boolean)");
  return value;
}

function compileCriteria(input: RoundInput["criteria"]): ScoredCriterion[] {
  const codes = new Set<string>();
  return list(input, "criteria").map((criterion, index) => {
    const field = fieldAt("criteria", index);
    const code = parseName(criterion.code, fieldAt(field, "code"));
    if (codes.has(code)) throw new ScoringInputError(fieldAt(field, "code"), `代码重复: ${code} (duplicate code)`);
    codes.add(code);
    const points = parsePositive(criterion.points, fieldAt(field, "points"));
    const rubric = compileRubric(criterion.rubric, points, fieldAt(field, "rubric"));
    const veto = criterion.veto === undefined ? false : parseBoolean(criterion.veto, fieldAt(field, "veto"));
    return { code, points, rubric, veto };
  });
}

function compileChecks(input: RoundInput["checks"], criteria: readonly ScoredCriterion[]): ScoredCheck[] {
  const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  return list(input, "checks").map((check, index) => {
    const field = fieldAt("checks", index);
    const criterion = byCode.get(check.criterion);
    if (!criterion) throw new ScoringInputError(fieldAt(field, "criterion"), `没有此测评标准代码: ${String(check.criterion)} (unknown criterion code)`);
    const names = list(check.departments, fieldAt(field, "departments")).map((name, at) => parseName(name, fieldAt(fieldAt(field, "departments"), at)));
    return { criterion: criterion.code, departments: [...new Set(names)], outcome: readOutcome(criterion.rubric, check.outcome, fieldAt(field, "outcome")) };
  });
}

function compilePeriod(input: RoundInput["period"]): Period {
  if (typeof input !== "object" || input === null) throw new ScoringInputError("period", "缺少期间 (missing period)");
  const period = { start: parseDate(input.start, "period.start"), end: parseDate(input.end, "period.end") };
  if (period.start > period.end) throw new ScoringInputError("period.end", "结束日期早于开始日期 (end is before start)");
  return period;
}

function compileWeights(input: RoundInput["weights"]): Weights {
  const weight = (key: keyof Weights) => (input?.[key] === undefined ? DEFAULT_WEIGHTS[key] : parseNonNegative(input[key]!, `weights.${key}`));
  return { inspection: weight("inspection"), rectification: weight("rectification"), ledger: weight("ledger") };
}

function compileLists(input: RoundInput["lists"]): ListSettings {
  return {
    redCount: input?.redCount === undefined ? DEFAULT_LIST_SETTINGS.redCount : parseNonNegativeInteger(input.redCount, "lists.redCount"),
    blackCount: input?.blackCount === undefined ? DEFAULT_LIST_SETTINGS.blackCount : parseNonNegativeInteger(input.blackCount, "lists.blackCount"),
    blackThreshold: input?.blackThreshold === undefined ? DEFAULT_LIST_SETTINGS.blackThreshold : parseNonNegative(input.blackThreshold, "lists.blackThreshold"),
  };
}

/** Validates a round's input and turns every number into an exact value; a bad field throws ScoringInputError. */
export function compileRoundInput(input: RoundInput): CompiledRound {
  const criteria = compileCriteria(input.criteria);
  const checks = compileChecks(input.checks, criteria);
  const findings = list(input.findings, "findings").map((finding, index) => {
    const field = fieldAt("findings", index);
    return {
      department: parseName(finding.department, fieldAt(field, "department")),
      due: parseDate(finding.due, fieldAt(field, "due")),
      verifiedAt: parseOptionalDate(finding.verifiedAt, fieldAt(field, "verifiedAt")),
    };
  });
  const tasks = list(input.tasks, "tasks").map((task, index) => {
    const field = fieldAt("tasks", index);
    return {
      department: parseName(task.department, fieldAt(field, "department")),
      completed: parseBoolean(task.completed, fieldAt(field, "completed")),
      lastEntryDate: parseOptionalDate(task.lastEntryDate, fieldAt(field, "lastEntryDate")),
    };
  });
  const listed =
    input.departments === undefined ? [] : list(input.departments, "departments").map((name, index) => parseName(name, fieldAt("departments", index)));
  const departments = [
    ...new Set([...checks.flatMap((check) => check.departments), ...findings.map((f) => f.department), ...tasks.map((t) => t.department), ...listed]),
  ];
  return {
    criteria,
    checks,
    findings,
    tasks,
    period: compilePeriod(input.period),
    departments,
    weights: compileWeights(input.weights),
    lists: compileLists(input.lists),
  };
}
