import type { Tx } from "@/lib/server/tx";
import type { SeedRows } from "@/prisma/seed/plan-round-records";
import type { TaskRows } from "./plan-tasks";

// Rows go in with createMany in chunks (Prisma sends one multi-row INSERT per chunk); the caller
// holds the transaction. Returns the number of rows written per table, for the summary.

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
    RoundSite: await chunked(rows.roundSites, (data) => tx.roundSite.createMany({ data })),
    RoundCriterion: await chunked(rows.roundCriteria, (data) => tx.roundCriterion.createMany({ data })),
    Check: await chunked(rows.checks, (data) => tx.check.createMany({ data })),
    CheckDepartment: await chunked(rows.checkDepartments, (data) => tx.checkDepartment.createMany({ data })),
    Finding: await chunked(rows.findings, (data) => tx.finding.createMany({ data })),
    RectificationEvent: await chunked(rows.events, (data) => tx.rectificationEvent.createMany({ data })),
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
