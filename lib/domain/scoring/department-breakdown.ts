import { percentOfPossible, scoreCriteria } from "./criteria-results";
import { daysBefore, type BusinessDate } from "./date-input";
import { LEDGER_WINDOW_DAYS, type Period } from "./department-scorecard";
import { Fraction } from "./fraction";
import { compileRoundInput, type RoundInput } from "./round-input";

/** One assessed criterion as department D sees it: E_D / P_D from D's checks only (indexes into input.checks). */
export type CriterionBreakdown = { code: string; earned: Fraction; possible: Fraction; checks: number[] };
/** A finding of D due in the period (the rate's denominator); `onTime` puts it in the numerator. */
export type FindingBreakdown = { index: number; due: BusinessDate; verifiedAt: BusinessDate | null; onTime: boolean };
/** A lead task of D (the denominator); `kept` puts it in the numerator. */
export type TaskBreakdown = { index: number; completed: boolean; lastEntryDate: BusinessDate | null; kept: boolean };

export type DepartmentBreakdown = {
  department: string;
  inspection: { criteria: CriterionBreakdown[]; earned: Fraction; possible: Fraction; score: Fraction | null };
  rectification: { findings: FindingBreakdown[]; onTime: number; rate: Fraction | null };
  ledger: { tasks: TaskBreakdown[]; kept: number; completeness: Fraction | null };
  /** The ledger window's first day (end − 30 days), for the written-out rule. */
  ledgerWindowStart: BusinessDate;
  period: Period;
};

function percent(numerator: number, denominator: number): Fraction | null {
  return denominator === 0 ? null : Fraction.of(100 * numerator, denominator);
}

/**
 * What made each of D's figures in one round, from the calculator input alone: per assessed criterion the
 * engine's own E_D / P_D (scoreCriteria over only the checks D is responsible or co-responsible for, each
 * in full), the findings behind the rectification rate and the tasks behind ledger completeness.
 */
export function departmentBreakdown(input: RoundInput, department: string): DepartmentBreakdown {
  const round = compileRoundInput(input);
  const ownChecks = round.checks.map((check, index) => ({ check, index })).filter(({ check }) => check.departments.includes(department));
  const results = scoreCriteria(
    round.criteria,
    ownChecks.map(({ check }) => check),
  );
  const criteria = results
    .filter((result) => result.assessed)
    .map((result) => ({
      code: result.code,
      earned: result.earned!,
      possible: result.possible!,
      checks: ownChecks.filter(({ check }) => check.criterion === result.code).map(({ index }) => index),
    }));

  const { start, end } = round.period;
  const findings = round.findings
    .map((finding, index) => ({ ...finding, index }))
    .filter((finding) => finding.department === department && start <= finding.due && finding.due <= end)
    .map(({ index, due, verifiedAt }) => ({ index, due, verifiedAt, onTime: verifiedAt !== null && verifiedAt <= due }));
  const onTime = findings.filter((finding) => finding.onTime).length;

  const ledgerWindowStart = daysBefore(end, LEDGER_WINDOW_DAYS);
  const tasks = round.tasks
    .map((task, index) => ({ ...task, index }))
    .filter((task) => task.department === department)
    .map(({ index, completed, lastEntryDate }) => ({
      index,
      completed,
      lastEntryDate,
      kept: completed || (lastEntryDate !== null && ledgerWindowStart <= lastEntryDate && lastEntryDate <= end),
    }));
  const kept = tasks.filter((task) => task.kept).length;

  return {
    department,
    inspection: {
      criteria,
      earned: Fraction.sum(criteria.map((criterion) => criterion.earned)),
      possible: Fraction.sum(criteria.map((criterion) => criterion.possible)),
      score: percentOfPossible(results),
    },
    rectification: { findings, onTime, rate: percent(onTime, findings.length) },
    ledger: { tasks, kept, completeness: percent(kept, tasks.length) },
    ledgerWindowStart,
    period: round.period,
  };
}
