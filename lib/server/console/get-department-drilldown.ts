import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { departmentBreakdown } from "@/lib/domain/scoring/department-breakdown";
import type { CheckOutcome } from "@/lib/domain/scoring/rubrics";
import { notFound } from "@/lib/errors";
import { departmentRowsOf, type DepartmentRow } from "./department-rows";
import { loadCriterionNames } from "./load-criterion-names";
import { publicationReader } from "./publication-read-scope";

export type CheckLine = { site: { name: string; code: string | null } | null; outcome: CheckOutcome };
export type CriterionLine = { code: string; name: string | null; earned: string; possible: string; checks: CheckLine[] };

export type DepartmentDrilldown = {
  publication: { id: string; title: string; roundName: string; periodStart: string; periodEnd: string; city: string };
  department: string;
  /** The engine's figures as published. */
  row: DepartmentRow;
  inspection: { criteria: CriterionLine[]; earned: string; possible: string };
  rectification: { findings: { due: string; verifiedAt: string | null; isOnTime: boolean }[]; onTime: number };
  ledger: { tasks: { isCompleted: boolean; lastEntryDate: string | null; isKept: boolean }[]; kept: number; windowStart: string };
};

const shown = (value: { toFixed: (decimals: number) => string }) => value.toFixed(DISPLAY_DECIMALS);

/**
 * What made one department's figures in a round publication, from its frozen calculator input alone: per
 * criterion the engine's E_D / P_D and the checks behind it (with their sites), the findings of its
 * rectification rate and the tasks of its ledger completeness. A liaison reads only its own department.
 */
export async function getDepartmentDrilldown(actor: Actor, publicationId: string, department: string): Promise<DepartmentDrilldown> {
  const reader = await publicationReader(actor);
  if (reader.department !== null && reader.department !== department) throw notFound("部门");
  const row = await db().publication.findFirst({
    where: { AND: [reader.where, { id: publicationId }] },
    select: { id: true, title: true, roundId: true, cityId: true, snapshot: true },
  });
  if (!row) throw notFound("发布");
  const snapshot = parseSnapshot(row.snapshot);
  if ("scope" in snapshot || snapshot.kind !== "ROUND") throw notFound("部门");
  const published = departmentRowsOf(snapshot).find((candidate) => candidate.name === department);
  if (!published) throw notFound("部门");

  const breakdown = departmentBreakdown(snapshot.input, department);
  const names = await loadCriterionNames(
    row.roundId,
    row.cityId,
    breakdown.inspection.criteria.map((criterion) => criterion.code),
  );
  return {
    publication: {
      id: row.id,
      title: row.title,
      roundName: snapshot.round.name,
      periodStart: snapshot.round.periodStart,
      periodEnd: snapshot.round.periodEnd,
      city: snapshot.city.name,
    },
    department,
    row: published,
    inspection: {
      criteria: breakdown.inspection.criteria.map((criterion) => ({
        code: criterion.code,
        name: names.get(criterion.code)?.name ?? null,
        earned: shown(criterion.earned),
        possible: shown(criterion.possible),
        checks: criterion.checks.map((index) => ({ site: snapshot.checkSites?.[index] ?? null, outcome: snapshot.input.checks[index].outcome })),
      })),
      earned: shown(breakdown.inspection.earned),
      possible: shown(breakdown.inspection.possible),
    },
    rectification: {
      findings: breakdown.rectification.findings.map((finding) => ({ due: finding.due, verifiedAt: finding.verifiedAt, isOnTime: finding.onTime })),
      onTime: breakdown.rectification.onTime,
    },
    ledger: {
      tasks: breakdown.ledger.tasks.map((task) => ({ isCompleted: task.completed, lastEntryDate: task.lastEntryDate, isKept: task.kept })),
      kept: breakdown.ledger.kept,
      windowStart: breakdown.ledgerWindowStart,
    },
  };
}
