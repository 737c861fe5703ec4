import { db } from "@/lib/db";
import { createCity } from "@/lib/server/cities/create-city";
import { listAdminCities } from "@/lib/server/cities/list-admin-cities";
import { updateCity } from "@/lib/server/cities/update-city";
import { getCitySettings } from "@/lib/server/city-settings/get-city-settings";
import { updateCitySettings } from "@/lib/server/city-settings/update-city-settings";
import { updateCycleWeights } from "@/lib/server/city-settings/update-cycle-weights";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { listCycles } from "@/lib/server/cycles/list-cycles";
import { markCycleCurrent } from "@/lib/server/cycles/mark-cycle-current";
import { createProvince } from "@/lib/server/provinces/create-province";
import { listProvinces } from "@/lib/server/provinces/list-provinces";
import { updateProvince } from "@/lib/server/provinces/update-province";
import { createRankingList } from "@/lib/server/ranking-lists/create-ranking-list";
import { deleteRankingList } from "@/lib/server/ranking-lists/delete-ranking-list";
import { listRankingLists } from "@/lib/server/ranking-lists/list-ranking-lists";
import { reorderRankingLists } from "@/lib/server/ranking-lists/reorder-ranking-lists";
import { updateRankingList } from "@/lib/server/ranking-lists/update-ranking-list";
import { createCity as makeCity } from "@/tests/factories/city";
import { createCycle as makeCycle } from "@/tests/factories/cycle";
import { createProvince as makeProvince } from "@/tests/factories/province";
import { uniqueSuffix } from "@/tests/factories/unique";
import { ANY, CITY, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// City administration: provinces and cities (system admin), creation cycles (supervisor of the
// province, system admin), city settings, cycle weights and ranking lists (the city's admin).
// "The record" is a fresh cycle (or list) of the fixture's city; cycles that a row creates go
// into a fresh city of the fixture's province, so their years never overlap another run's.

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY };

const freshCycle = (f: MatrixFixture) => makeCycle(db(), { cityId: f.cityId, startYear: 2100 + Math.floor(Math.random() * 800) });
const freshCityOfProvince = (f: MatrixFixture) => makeCity(db(), { provinceId: f.provinceId });
const slug = () => `matrix-${uniqueSuffix().toLowerCase()}`;

async function freshList(f: MatrixFixture) {
  const cycle = await freshCycle(f);
  return db().rankingList.create({ data: { cityId: f.cityId, cycleId: cycle.id, name: `矩阵榜${uniqueSuffix()}`, sortOrder: 1 } });
}

const listFields = { members: "ALL", metric: "RECTIFICATION", redCount: 2, blackCount: 1, blackThreshold: "80" } as const;

export const cityAdminRows: MatrixRow[] = [
  {
    action: "ranking-list.list",
    run: async (actor, f) => listRankingLists(actor, { cycleId: (await freshCycle(f)).id }),
    expect: grants(READERS),
  },
  {
    action: "ranking-list.create",
    run: async (actor, f) => createRankingList(actor, { cycleId: (await freshCycle(f)).id, name: `矩阵榜${uniqueSuffix()}`, ...listFields }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "ranking-list.update",
    run: async (actor, f) => updateRankingList(actor, { id: (await freshList(f)).id, version: 1, redCount: 4 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "ranking-list.delete",
    run: async (actor, f) => deleteRankingList(actor, { id: (await freshList(f)).id, version: 1 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "ranking-list.reorder",
    run: async (actor, f) => {
      const list = await freshList(f);
      const lists = await db().rankingList.findMany({ where: { cycleId: list.cycleId }, orderBy: { sortOrder: "desc" } });
      return reorderRankingLists(actor, { cycleId: list.cycleId, lists: lists.map(({ id, version }) => ({ id, version })) });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "city-settings.get",
    run: (actor, f) => getCitySettings(actor, { cityId: f.cityId }),
    expect: grants(READERS),
  },
  {
    action: "city-settings.update",
    run: async (actor, f) => {
      const { version, appealDays } = await db().city.findUniqueOrThrow({ where: { id: f.cityId } });
      return updateCitySettings(actor, { cityId: f.cityId, version, appealDays });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "cycle.update-weights",
    run: async (actor, f) => {
      const cycle = await freshCycle(f);
      const years = cycle.years.map((year) => ({ year: year.year, weight: "1" }));
      return updateCycleWeights(actor, { cycleId: cycle.id, version: 1, inspectionWeight: "1", rectificationWeight: "0", ledgerWeight: "0", years });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "cycle.list",
    run: (actor, f) => listCycles(actor, f.cityId),
    expect: grants(READERS),
  },
  {
    action: "cycle.create",
    run: async (actor, f) => createCycle(actor, { cityId: (await freshCityOfProvince(f)).id, name: "矩阵周期", startYear: 2030 }),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE }),
  },
  {
    action: "cycle.mark-current",
    run: async (actor, f) => {
      const cycle = await makeCycle(db(), { cityId: (await freshCityOfProvince(f)).id });
      return markCycleCurrent(actor, { id: cycle.id, version: 1 });
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE }),
  },
  {
    action: "city.admin-list",
    run: async (actor, f) => assertListed(await listAdminCities(actor), f.cityId),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE }),
  },
  {
    action: "city.create",
    run: (actor, f) => createCity(actor, { provinceId: f.provinceId, name: `矩阵市${uniqueSuffix()}`, slug: slug() }),
    expect: grants({ SYSTEM_ADMIN: ANY }),
  },
  {
    action: "city.update",
    run: async (actor, f) => updateCity(actor, { id: (await freshCityOfProvince(f)).id, version: 1, isNominated: false }),
    expect: grants({ SYSTEM_ADMIN: ANY }),
  },
  {
    action: "province.list",
    run: async (actor, f) => assertListed(await listProvinces(actor), f.provinceId),
    expect: grants({ SYSTEM_ADMIN: ANY }),
  },
  {
    action: "province.create",
    run: (actor) => createProvince(actor, { code: `M-${uniqueSuffix()}`, name: "矩阵省" }),
    expect: grants({ SYSTEM_ADMIN: ANY }),
  },
  {
    action: "province.update",
    run: async (actor) => updateProvince(actor, { id: (await makeProvince(db())).id, version: 1, name: "矩阵省改" }),
    expect: grants({ SYSTEM_ADMIN: ANY }),
  },
];
