import type { Tx } from "@/lib/server/tx";
import type { SeedRows } from "@/prisma/seed/plan-round-records";
import type { TaskRows } from "./plan-tasks";
import {
  CHECK_COLUMNS,
  CHECK_DEPARTMENT_COLUMNS,
  EVENT_COLUMNS,
  FINDING_COLUMNS,
  insertRows,
  ROUND_CRITERION_COLUMNS,
  ROUND_SITE_COLUMNS,
} from "./insert-rows";

// The few rows go in with createMany in chunks, a round's thousands through insertRows (unnest);
// the caller holds the transaction. Returns the number of rows written per table, for the summary.

const CHUNK = 1000;

async function chunked<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<number> {
  for (let at = 0; at < rows.length; at += CHUNK) await write(rows.slice(at, at + CHUNK));
  return rows.length;
}

export type RowCounts = Record<string, number>;

export function addCounts(into: RowCounts, counts: RowCounts): void {
  for (const [table, count] of Object.entries(counts)) into[table] = (into[table] ?? 0) + count;
}

export async function writeRoundRows(tx: Tx, rows: SeedRows): Promise<RowCounts> {
  return {
    InspectionRound: await chunked(rows.rounds, (data) => tx.inspectionRound.createMany({ data })),
    RoundSite: await insertRows(tx, "RoundSite", ROUND_SITE_COLUMNS, rows.roundSites),
    RoundCriterion: await insertRows(tx, "RoundCriterion", ROUND_CRITERION_COLUMNS, rows.roundCriteria),
    Check: await insertRows(tx, "Check", CHECK_COLUMNS, rows.checks),
    CheckDepartment: await insertRows(tx, "CheckDepartment", CHECK_DEPARTMENT_COLUMNS, rows.checkDepartments),
    Finding: await insertRows(tx, "Finding", FINDING_COLUMNS, rows.findings),
    RectificationEvent: await insertRows(tx, "RectificationEvent", EVENT_COLUMNS, rows.events),
  };
}

export async function writeTaskRows(tx: Tx, rows: TaskRows): Promise<RowCounts> {
  return {
    ThreeYearPlan: await chunked(rows.threeYearPlans, (data) => tx.threeYearPlan.createMany({ data })),
    AnnualPlan: await chunked(rows.annualPlans, (data) => tx.annualPlan.createMany({ data })),
    PlanAction: await chunked(rows.actions, (data) => tx.planAction.createMany({ data })),
    Task: await chunked(rows.tasks, (data) => tx.task.createMany({ data })),
    TaskCriterion: await chunked(rows.taskCriteria, (data) => tx.taskCriterion.createMany({ data })),
    LedgerEntry: await chunked(rows.ledgerEntries, (data) => tx.ledgerEntry.createMany({ data })),
  };
}
