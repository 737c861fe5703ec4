import type { ScoredCriterion } from "./criterion-score";
import { percentOfPossible, scoreCriteria, type ScoredCheck } from "./criteria-results";
import { daysBefore, type BusinessDate } from "./date-input";
import { Fraction } from "./fraction";

export type Period = { start: BusinessDate; end: BusinessDate };
export type ScoredFinding = { department: string; due: BusinessDate; verifiedAt: BusinessDate | null };
/** A task assigned to its department as lead, open during the period. */
export type ScoredTask = { department: string; completed: boolean; lastEntryDate: BusinessDate | null };
export type Weights = { inspection: Fraction; rectification: Fraction; ledger: Fraction };

export const DEFAULT_WEIGHTS: Weights = { inspection: Fraction.of(7, 10), rectification: Fraction.of(2, 10), ledger: Fraction.of(1, 10) };
export const LEDGER_WINDOW_DAYS = 30;

export type DepartmentScorecard = {
  name: string;
  inspectionScore: Fraction | null;
  rectificationRate: Fraction | null;
  ledgerCompleteness: Fraction | null;
  composite: Fraction | null;
  overdueOpen: number;
};

function percent(numerator: number, denominator: number): Fraction | null {
  return denominator === 0 ? null : Fraction.of(100 * numerator, denominator);
}

function isVerifiedBy(finding: ScoredFinding, date: BusinessDate): boolean {
  return finding.verifiedAt !== null && finding.verifiedAt <= date;
}

/** Every criterion recomputed with only the checks D is responsible or co-responsible for, each in full. */
export function inspectionScore(criteria: readonly ScoredCriterion[], checks: readonly ScoredCheck[], department: string): Fraction | null {
  return percentOfPossible(
    scoreCriteria(
      criteria,
      checks.filter((check) => check.departments.includes(department)),
    ),
  );
}

/** Findings of D due in the period (inclusive): the share verified on or before their due date. */
export function rectificationRate(findings: readonly ScoredFinding[], department: string, period: Period): Fraction | null {
  const due = findings.filter((finding) => finding.department === department && period.start <= finding.due && finding.due <= period.end);
  return percent(due.filter((finding) => isVerifiedBy(finding, finding.due)).length, due.length);
}

/** D's lead tasks: the share completed, or with a latest ledger entry dated in [end − 30 days, end]. */
export function ledgerCompleteness(tasks: readonly ScoredTask[], department: string, period: Period): Fraction | null {
  const windowStart = daysBefore(period.end, LEDGER_WINDOW_DAYS);
  const own = tasks.filter((task) => task.department === department);
  const kept = own.filter((task) => task.completed || (task.lastEntryDate !== null && windowStart <= task.lastEntryDate && task.lastEntryDate <= period.end));
  return percent(kept.length, own.length);
}

/** Σ wᵢ·cᵢ / Σ wᵢ over the present components; null when none is present or their weights sum to 0. */
export function composite(
  components: Pick<DepartmentScorecard, "inspectionScore" | "rectificationRate" | "ledgerCompleteness">,
  weights: Weights,
): Fraction | null {
  const weighted: [Fraction | null, Fraction][] = [
    [components.inspectionScore, weights.inspection],
    [components.rectificationRate, weights.rectification],
    [components.ledgerCompleteness, weights.ledger],
  ];
  const present = weighted.filter((pair): pair is [Fraction, Fraction] => pair[0] !== null);
  const weightSum = Fraction.sum(present.map(([, weight]) => weight));
  if (present.length === 0 || weightSum.isZero()) return null;
  return Fraction.sum(present.map(([value, weight]) => value.mul(weight))).div(weightSum);
}

/** Findings of D, whatever their due period, due before end (due = end is not overdue) and not verified by end. */
export function overdueOpen(findings: readonly ScoredFinding[], department: string, period: Period): number {
  return findings.filter((finding) => finding.department === department && finding.due < period.end && !isVerifiedBy(finding, period.end)).length;
}

export type ScorecardInput = {
  criteria: readonly ScoredCriterion[];
  checks: readonly ScoredCheck[];
  findings: readonly ScoredFinding[];
  tasks: readonly ScoredTask[];
  period: Period;
  weights: Weights;
};

/** D's scorecard for a round. Veto is the city's concern: it plays no part here. */
export function departmentScorecard(input: ScorecardInput, department: string): DepartmentScorecard {
  const components = {
    inspectionScore: inspectionScore(input.criteria, input.checks, department),
    rectificationRate: rectificationRate(input.findings, department, input.period),
    ledgerCompleteness: ledgerCompleteness(input.tasks, department, input.period),
  };
  return {
    name: department,
    ...components,
    composite: composite(components, input.weights),
    overdueOpen: overdueOpen(input.findings, department, input.period),
  };
}
