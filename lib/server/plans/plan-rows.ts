import type { AnnualPlanRow, PlanActionRow, ThreeYearPlanRow } from "@/lib/validation/plans";

// The plain rows of plan records, for reads, audit entries and version conflicts.

export const toThreeYearPlanRow = (p: ThreeYearPlanRow & Record<string, unknown>): ThreeYearPlanRow => ({
  id: p.id,
  cycleId: p.cycleId,
  title: p.title,
  summary: p.summary,
  version: p.version,
});

export const toAnnualPlanRow = (p: AnnualPlanRow & Record<string, unknown>): AnnualPlanRow => ({
  id: p.id,
  threeYearPlanId: p.threeYearPlanId,
  year: p.year,
  title: p.title,
  summary: p.summary,
  version: p.version,
});

export const toPlanActionRow = (a: PlanActionRow & Record<string, unknown>): PlanActionRow => ({
  id: a.id,
  annualPlanId: a.annualPlanId,
  name: a.name,
  description: a.description,
  sortOrder: a.sortOrder,
  version: a.version,
});

/** "" or null clears an optional text; undefined leaves it. */
