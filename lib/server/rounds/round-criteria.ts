import { appliesToSiteType } from "@/lib/domain/rounds/criterion-rubric";
import { invalidInput } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

export type CityCriterion = { id: string; code: string; method: string; siteTypeNames: string[] };

/** The criteria the city assesses in an edition: the edition's and the city's local ones, less those it excluded. */
export async function loadCityCriteria(client: Db | Tx, cityId: string, editionId: string): Promise<CityCriterion[]> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const criteria = await client.criterion.findMany({
    where: { editionId, OR: [{ cityId: null }, { cityId }] },
    select: { id: true, code: true, method: true, siteTypeNames: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  const excluded = await client.cityCriterionSetting.findMany({ where: { cityId, isExcluded: true }, select: { criterionId: true } });
  const excludedIds = new Set(excluded.map((row) => row.criterionId));
  return criteria.filter((criterion) => !excludedIds.has(criterion.id));
}

/** The site types some field criterion is inspected at: only sites of these are worth drawing. */
export function inspectedSiteTypes(criteria: readonly CityCriterion[]): Set<string> {
  return new Set(criteria.filter((criterion) => criterion.method === "FIELD").flatMap((criterion) => criterion.siteTypeNames));
}

/**
 * Every field criterion applicable at one of the round's site types, plus the criteria named by
 * code (the desk ones: material, survey, online, data). An unknown code is a 422 on `criterionCodes`.
 */
export function chooseRoundCriteria(criteria: readonly CityCriterion[], siteTypeNames: ReadonlySet<string>, codes: readonly string[]): string[] {
  const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length) throw invalidInput({ criterionCodes: [`本市测评体系中没有这些标准：${unknown.join("、")}`] });
  const named = new Set(codes);
  return criteria
    .filter(
      (criterion) =>
        named.has(criterion.code) || (criterion.method === "FIELD" && [...siteTypeNames].some((typeName) => appliesToSiteType(criterion, typeName))),
    )
    .map((criterion) => criterion.id);
}
