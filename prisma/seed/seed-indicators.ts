import type { Tx } from "@/lib/server/tx";
import { todayInShanghai } from "@/lib/domain/dates";
import { createCycle } from "@/tests/factories/cycle";
import { createEditionFromTree } from "@/tests/factories/edition";
import type { EditionSource } from "./edition-source";
import { seedRankingLists } from "./seed-ranking-lists";
import { ALL_STREETS_NAME, resolveCriterionDepartments } from "./resolve-criterion-departments";
import type { DemoCity } from "./seed-organisation";

async function sampleEdition(tx: Tx, source: EditionSource) {
  const existing = await tx.indicatorEdition.findUnique({ where: { code: source.code }, include: { criteria: true } });
  if (existing) return { edition: existing, criteria: existing.criteria };
  const { edition, criteria } = await createEditionFromTree(tx, { source, code: source.code });
  return { edition, criteria };
}

/**
 * The sample edition (imported once), the demo city's current cycle adopting it with its three
 * ranking lists, and the city's responsible departments for every criterion.
 */
export async function seedIndicators(tx: Tx, { city, departments }: DemoCity, source: EditionSource) {
  const { edition, criteria } = await sampleEdition(tx, source);
  // The demo never ages: the current year is the cycle's last.
  const lastYear = Number(todayInShanghai().slice(0, 4));
  const cycle = await createCycle(tx, {
    cityId: city.id,
    editionId: edition.id,
    name: `嘉峪关市${lastYear - 2}—${lastYear}年创建全国文明城市周期`,
    startYear: lastYear - 2,
    isCurrent: true,
  });
  await seedRankingLists(tx, city.id, cycle.id);
  await tx.departmentNameMapping.create({ data: { cityId: city.id, name: ALL_STREETS_NAME, isAllStreets: true } });
  const { resolved, unresolved } = resolveCriterionDepartments(criteria, departments);
  if (unresolved.length > 0) throw new Error(`演示数据缺少责任单位：${unresolved.join("、")}`);
  await tx.cityCriterionDepartment.createMany({ data: resolved.map((row) => ({ ...row, cityId: city.id })) });
  return { edition, cycle };
}
