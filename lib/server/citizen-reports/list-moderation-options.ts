import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import { UNRESOLVED_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import { getCitizenReportOrThrow } from "./get-citizen-report";

export type ModerationOptions = {
  /** The city's live departments, those responsible for the category's criterion first (suggested). */
  departments: { id: string; name: string; isSuggested: boolean }[];
  criteria: { id: string; code: string; name: string }[];
  defaultCriterionId: string | null;
  /** Unresolved findings of the city to merge into: those of the category's criterion first, then the newest. */
  findings: { id: string; description: string; department: string; dueDate: string; status: string; isSameCriterion: boolean }[];
};

const MERGE_CANDIDATES = 200;

/** What the office chooses from when it accepts or merges one report. */
export async function listModerationOptions(actor: Actor, reportId: string): Promise<ModerationOptions> {
  const scope = assertCan(actor, "moderate:citizen-report");
  const report = await getCitizenReportOrThrow(db(), actor, scope, reportId);
  const { cityId } = report;
  const category = await db().reportCategory.findUniqueOrThrow({ where: { id: report.categoryId }, select: { criterionId: true } });
  const criterionId = category.criterionId;
  const cycle = await findCurrentCycle(db(), cityId);
  const [departments, responsible, criteria, findings] = await Promise.all([
    db().department.findMany({ where: { cityId, deletedAt: null }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    criterionId ? db().cityCriterionDepartment.findMany({ where: { cityId, criterionId }, select: { departmentId: true, role: true } }) : [],
    cycle?.editionId
      ? db().criterion.findMany({
          where: { editionId: cycle.editionId, OR: [{ cityId: null }, { cityId }] },
          select: { id: true, code: true, name: true },
          orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        })
      : [],
    db().finding.findMany({
      where: { cityId, status: { in: [...UNRESOLVED_STATUSES] } },
      select: { id: true, description: true, dueDate: true, status: true, criterionId: true, department: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: MERGE_CANDIDATES,
    }),
  ]);
  const suggested = new Set(responsible.map((link) => link.departmentId));
  const isSameCriterion = (id: string | null) => criterionId !== null && id === criterionId;
  return {
    departments: departments
      .map((department) => ({ ...department, isSuggested: suggested.has(department.id) }))
      .sort((a, b) => Number(b.isSuggested) - Number(a.isSuggested)),
    criteria,
    defaultCriterionId: criteria.some((criterion) => criterion.id === criterionId) ? criterionId : null,
    findings: findings
      .map((finding) => ({
        id: finding.id,
        description: finding.description,
        department: finding.department.name,
        dueDate: formatBusinessDate(finding.dueDate),
        status: finding.status,
        isSameCriterion: isSameCriterion(finding.criterionId),
      }))
      .sort((a, b) => Number(b.isSameCriterion) - Number(a.isSameCriterion)),
  };
}
