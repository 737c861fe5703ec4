import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { scopeId } from "@/lib/server/cities/city-scope";
import { findCurrentCycle, requireCityId } from "./city-context";
import { cityCriterionSelect, toCityCriterionRow, type CityCriterionRow } from "./city-criterion-row";
import { nameResolver, unmatchedNames } from "./resolve-responsibilities";

export type CityIndicatorSetup = Awaited<ReturnType<typeof getCityIndicatorSetup>>;
export type { CityCriterionRow };

/**
 * The city admin's indicator screen: the current cycle and the edition it adopted, the editions
 * it could adopt, the department names still unmatched, the mappings made, and every criterion
 * as localized for the city (the edition's and the city's own).
 */
export async function getCityIndicatorSetup(actor: Actor) {
  assertCan(actor, "localize:edition");
  const cityId = requireCityId(actor);
  const client = db();
  const editionSelect = { id: true, code: true, name: true, isLocked: true } as const;
  const [cycle, departments, mappings, editions] = await Promise.all([
    findCurrentCycle(client, cityId),
    client.department.findMany({
      where: { cityId, deletedAt: null },
      select: { id: true, name: true, kind: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    client.departmentNameMapping.findMany({
      where: { cityId },
      orderBy: { id: "asc" },
      select: { id: true, name: true, departmentId: true, isAllStreets: true, department: { select: { name: true } } },
    }),
    client.indicatorEdition.findMany({
      where: { deletedAt: null, OR: [{ provinceId: null }, { provinceId: scopeId(actor.provinceId) }] },
      select: editionSelect,
      orderBy: [{ createdAt: "desc" }],
    }),
  ]);
  const editionId = cycle?.editionId ?? null;
  const [edition, criteria, contents] = editionId
    ? await Promise.all([
        client.indicatorEdition.findUnique({ where: { id: editionId }, select: editionSelect }),
        client.criterion.findMany({
          where: { editionId, OR: [{ cityId: null }, { cityId }] },
          select: cityCriterionSelect(cityId),
          orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        }),
        client.indicatorContent.findMany({
          where: { editionId },
          select: { id: true, code: true, name: true, category: { select: { name: true } } },
          orderBy: [{ sortOrder: "asc" }],
        }),
      ])
    : [null, [], []];
  const resolve = nameResolver(departments, mappings);
  return {
    cycle: cycle ? { id: cycle.id, name: cycle.name, version: cycle.version, editionId } : null,
    edition,
    editions,
    departments,
    mappings: mappings.map(({ id, name, departmentId, isAllStreets, department }) => ({
      id,
      name,
      departmentId,
      departmentName: department?.name ?? null,
      isAllStreets,
    })),
    unmatched: unmatchedNames(
      criteria.filter((criterion) => criterion.cityId === null),
      resolve,
    ),
    contents: contents.map(({ id, code, name, category }) => ({ id, code, name, categoryName: category.name })),
    criteria: criteria.map(toCityCriterionRow),
  };
}
