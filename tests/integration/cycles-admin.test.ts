import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCity } from "@/lib/server/cities/create-city";
import { listAdminCities } from "@/lib/server/cities/list-admin-cities";
import { updateCity } from "@/lib/server/cities/update-city";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { listCycles } from "@/lib/server/cycles/list-cycles";
import { markCycleCurrent } from "@/lib/server/cycles/mark-cycle-current";
import { createProvince } from "@/lib/server/provinces/create-province";
import { listProvinces } from "@/lib/server/provinces/list-provinces";
import { updateProvince } from "@/lib/server/provinces/update-province";
import { createRankingList } from "@/lib/server/ranking-lists/create-ranking-list";
import { listRankingLists } from "@/lib/server/ranking-lists/list-ranking-lists";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

let s: CityScenario;
let away: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
  away = await createCityScenario(db());
});

describe("provinces", () => {
  it("are created and edited by the system admin with a unique code", async () => {
    const code = `T-${uniqueSuffix()}`;
    const province = await createProvince(s.actors.systemAdmin, { code, name: "测试省" });
    expect(province).toMatchObject({ code, name: "测试省", cityCount: 0, version: 1 });
    await expect(createProvince(s.actors.systemAdmin, { code, name: "又一个" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: [expect.stringContaining("已被")] },
    });
    await expect(createProvince(s.actors.systemAdmin, { code: "甲 1", name: "" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: ["省份代码只能包含英文字母、数字和连字符"], name: ["请填写省份名称"] },
    });
    const renamed = await updateProvince(s.actors.systemAdmin, { id: province.id, version: 1, name: "改名省" });
    expect(renamed).toMatchObject({ name: "改名省", code, version: 2 });
    await expect(updateProvince(s.actors.systemAdmin, { id: province.id, version: 1, name: "x" })).rejects.toMatchObject({ status: 409 });
    expect((await listProvinces(s.actors.systemAdmin)).some((row) => row.id === province.id)).toBe(true);
    await expect(createProvince(s.actors.supervisor, { code: `X-${uniqueSuffix()}`, name: "x" })).rejects.toMatchObject({ status: 403 });
    await expect(listProvinces(s.actors.supervisor)).rejects.toMatchObject({ status: 403 });
  });
});

describe("cities", () => {
  it("are created and edited by the system admin; a taken slug is a clear field error", async () => {
    const slug = `test-city-${uniqueSuffix().toLowerCase()}`;
    const city = await createCity(s.actors.systemAdmin, { provinceId: s.province.id, name: "新城市", slug });
    expect(city).toMatchObject({ slug, isNominated: true, provinceName: s.province.name, currentCycleName: null, version: 1 });
    await expect(createCity(s.actors.systemAdmin, { provinceId: s.province.id, name: "重名", slug })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { slug: [`访问标识“${slug}”已被“新城市”使用，请换一个`] },
    });
    await expect(createCity(s.actors.systemAdmin, { provinceId: s.province.id, name: "坏标识", slug: "Bad_Slug" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { slug: [expect.stringContaining("小写英文字母")] },
    });
    const edited = await updateCity(s.actors.systemAdmin, { id: city.id, version: 1, isNominated: false, provinceId: away.province.id });
    expect(edited).toMatchObject({ isNominated: false, provinceId: away.province.id, slug, version: 2 });
    await expect(updateCity(s.actors.systemAdmin, { id: city.id, version: 1, name: "x" })).rejects.toMatchObject({ status: 409 });
    await expect(updateCity(s.actors.systemAdmin, { id: city.id, version: 2, slug: s.cityA.slug })).rejects.toMatchObject({ status: 422 });
    await expect(createCity(s.actors.cityAdminA, { provinceId: s.province.id, name: "x", slug: `x-${uniqueSuffix().toLowerCase()}` })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("are listed for the cycles screen: all for the system admin, the province's for a supervisor", async () => {
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    expect(ids(await listAdminCities(s.actors.supervisor))).toEqual(expect.arrayContaining([s.cityA.id, s.cityB.id]));
    expect(ids(await listAdminCities(s.actors.supervisor))).not.toContain(away.cityA.id);
    expect(ids(await listAdminCities(s.actors.systemAdmin))).toEqual(expect.arrayContaining([s.cityA.id, away.cityA.id]));
  });
});

describe("creation cycles", () => {
  const input = (cityId: string, startYear: number, overrides: Record<string, unknown> = {}) => ({
    cityId,
    name: `${startYear}年周期`,
    startYear,
    ...overrides,
  });

  it("start with the default list, copy the previous cycle's other lists, and one is current per city", async () => {
    const first = await createCycle(s.actors.supervisor, input(s.cityA.id, 2021, { isCurrent: true }));
    expect(first).toMatchObject({ startYear: 2021, endYear: 2023, isCurrent: true, listNames: ["综合红黑榜"] });
    expect(first.years).toEqual([
      { year: 2021, weight: "0.15" },
      { year: 2022, weight: "0.25" },
      { year: 2023, weight: "0.6" },
    ]);
    const defaultList = (await listRankingLists(s.actors.cityAdminA)).items[0];
    expect(defaultList).toMatchObject({ isDefault: true, members: "ALL", metric: "COMPOSITE", redCount: 5, blackCount: 3, blackThreshold: "85.00" });
    await createRankingList(s.actors.cityAdminA, {
      cycleId: first.id,
      name: "重点单位榜",
      members: "CHOSEN",
      departmentIds: [s.departmentA1.id],
      metric: "INSPECTION",
      redCount: 1,
      blackCount: 1,
      blackThreshold: "80",
    });

    const second = await createCycle(s.actors.systemAdmin, input(s.cityA.id, 2024, { isCurrent: true, yearWeights: ["0.2", 0.3, "0.5"] }));
    expect(second.listNames).toEqual(["综合红黑榜", "重点单位榜"]);
    const copied = (await listRankingLists(s.actors.cityAdminA)).items;
    expect(copied[1]).toMatchObject({
      name: "重点单位榜",
      members: "CHOSEN",
      metric: "INSPECTION",
      departments: [{ id: s.departmentA1.id }],
      cycleId: second.id,
    });
    const cycles = await listCycles(s.actors.cityAdminA, s.cityA.id);
    expect(cycles.filter((cycle) => cycle.isCurrent).map((cycle) => cycle.id)).toEqual([second.id]);
    expect(await db().auditLog.count({ where: { entityId: second.id, action: "cycle.create" } })).toBe(1);

    const old = cycles.find((cycle) => cycle.id === first.id)!;
    const remarked = await markCycleCurrent(s.actors.supervisor, { id: first.id, version: old.version });
    expect(remarked.isCurrent).toBe(true);
    expect((await listCycles(s.actors.cityAdminA, s.cityA.id)).filter((cycle) => cycle.isCurrent).map((cycle) => cycle.id)).toEqual([first.id]);
    await expect(markCycleCurrent(s.actors.supervisor, { id: first.id, version: old.version })).rejects.toMatchObject({ status: 409 });
  });

  it("refuse bad weights, overlapping years and an unknown edition with field errors", async () => {
    await expect(createCycle(s.actors.supervisor, input(s.cityB.id, 2030, { yearWeights: ["0", "0.3"], name: "" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: ["请填写周期名称"], "yearWeights.0": ["年度权重应为大于 0 的数，最多四位小数"], yearWeights: ["请填写三个年度的权重"] },
    });
    await createCycle(s.actors.supervisor, input(s.cityB.id, 2030));
    await expect(createCycle(s.actors.supervisor, input(s.cityB.id, 2032))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { startYear: [expect.stringContaining("重叠")] },
    });
    await expect(createCycle(s.actors.supervisor, input(s.cityB.id, 2040, { editionId: "missing" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { editionId: ["所选测评体系不存在"] },
    });
  });

  it("are not created in another province's city or by a city admin", async () => {
    await expect(createCycle(s.actors.supervisor, input(away.cityA.id, 2050))).rejects.toMatchObject({ status: 404 });
    await expect(createCycle(s.actors.cityAdminA, input(s.cityA.id, 2050))).rejects.toMatchObject({ status: 403 });
    await expect(listCycles(s.actors.cityAdminA, s.cityB.id)).rejects.toMatchObject({ status: 404 });
  });
});
