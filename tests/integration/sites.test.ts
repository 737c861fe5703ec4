import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSite } from "@/lib/server/sites/create-site";
import { deactivateSite } from "@/lib/server/sites/deactivate-site";
import { getSiteOrThrow } from "@/lib/server/sites/get-site-or-throw";
import { listSites } from "@/lib/server/sites/list-sites";
import { updateSite } from "@/lib/server/sites/update-site";
import { createSite as makeSite, createSiteType } from "@/tests/factories/site";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

let s: CityScenario;
let typeId: string;
let otherTypeId: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  typeId = (await createSiteType(db())).id;
  otherTypeId = (await createSiteType(db())).id;
});

const fields = (overrides: Record<string, unknown> = {}) => ({
  name: `人民路${uniqueSuffix()}`,
  siteTypeId: typeId,
  responsibleDepartmentId: s.departmentA1.id,
  ...overrides,
});
const auditOf = (entityId: string, action: string) => db().auditLog.findFirstOrThrow({ where: { entityId, action } });

describe("site.create", () => {
  it("registers a site in the office's city with the next free code, decimal coordinates as strings, and audits it", async () => {
    const first = await createSite(s.actors.cityAdminA, fields({ street: "雄关街道", grid: "第一网格", longitude: 98.2773, latitude: "39.8016", address: "" }));
    expect(first).toMatchObject({
      cityId: s.cityA.id,
      code: "D-0001",
      siteType: { id: typeId },
      street: "雄关街道",
      grid: "第一网格",
      address: null,
      longitude: "98.2773",
      latitude: "39.8016",
      responsibleDepartment: { id: s.departmentA1.id, name: s.departmentA1.name },
      active: true,
      version: 1,
    });
    const second = await createSite(s.actors.cityAdminA, fields());
    expect(second.code).toBe("D-0002");
    expect((await auditOf(first.id, "site.create")).after).toMatchObject({ code: "D-0001" });
  });

  it("keeps a code that is given, and refuses one the city already has (whatever the case)", async () => {
    const row = await createSite(s.actors.cityAdminA, fields({ code: "XG-17" }));
    expect(row.code).toBe("XG-17");
    await expect(createSite(s.actors.cityAdminA, fields({ code: "xg-17" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: ["本市已有该编号的点位"] },
    });
    // Codes are per city.
    const other = await createSite(s.actors.cityAdminB, fields({ code: "XG-17", responsibleDepartmentId: s.departmentB1.id }));
    expect(other.cityId).toBe(s.cityB.id);
  });

  it("answers invalid input with the fields: a code that is not ASCII, a bad coordinate, a blank name", async () => {
    await expect(createSite(s.actors.cityAdminA, fields({ name: " ", code: "点位1", longitude: "181", latitude: "abc" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        name: expect.any(Array),
        code: [expect.stringContaining("英文字母")],
        longitude: [expect.stringContaining("180")],
        latitude: expect.any(Array),
      },
    });
  });

  it("refuses an unknown type and another city's department as field errors", async () => {
    await expect(createSite(s.actors.cityAdminA, fields({ siteTypeId: "nope" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { siteTypeId: expect.any(Array) },
    });
    await expect(createSite(s.actors.cityAdminA, fields({ responsibleDepartmentId: s.departmentB1.id }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { responsibleDepartmentId: ["请选择本市的单位"] },
    });
  });

  it("is the office's job only", async () => {
    for (const actor of [s.actors.systemAdmin, s.actors.supervisor, s.actors.inspectorA, s.actors.liaisonA1]) {
      await expect(createSite(actor, fields())).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe("site.update", () => {
  it("changes the given fields, clears blanked ones, bumps the version and audits before and after", async () => {
    const site = await createSite(s.actors.cityAdminA, fields({ street: "旧街道", latitude: "39.1" }));
    const row = await updateSite(s.actors.cityAdminA, { id: site.id, version: 1, street: "新街道", latitude: null, siteTypeId: otherTypeId, code: "NEW-1" });
    expect(row).toMatchObject({ street: "新街道", latitude: null, siteType: { id: otherTypeId }, code: "NEW-1", name: site.name, version: 2 });
    expect(await auditOf(site.id, "site.update")).toMatchObject({
      before: expect.objectContaining({ street: "旧街道" }),
      after: expect.objectContaining({ street: "新街道" }),
    });
  });

  it("answers a stale version with 409 and both versions", async () => {
    const site = await createSite(s.actors.cityAdminA, fields());
    await updateSite(s.actors.cityAdminA, { id: site.id, version: 1, grid: "A" });
    await expect(updateSite(s.actors.cityAdminA, { id: site.id, version: 1, grid: "B" })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: expect.objectContaining({ version: 2, grid: "A" }), submitted: expect.objectContaining({ version: 1, grid: "B" }) },
    });
  });

  it("is 404 for another city's site, 403 for an inspector, 422 for a bad field", async () => {
    const other = await makeSite(db(), { cityId: s.cityB.id, responsibleDepartmentId: s.departmentB1.id });
    await expect(updateSite(s.actors.cityAdminA, { id: other.id, version: 1, grid: "X" })).rejects.toMatchObject({ status: 404 });
    const mine = await createSite(s.actors.cityAdminA, fields());
    await expect(updateSite(s.actors.inspectorA, { id: mine.id, version: 1, grid: "X" })).rejects.toMatchObject({ status: 403 });
    await expect(updateSite(s.actors.cityAdminA, { id: mine.id, version: 1, code: "a b" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: expect.any(Array) },
    });
  });
});

describe("site.deactivate", () => {
  it("soft-deactivates (active false, still readable), then refuses to do it twice or to edit it", async () => {
    const site = await createSite(s.actors.cityAdminA, fields());
    const row = await deactivateSite(s.actors.cityAdminA, { id: site.id, version: 1 });
    expect(row).toMatchObject({ active: false, version: 2 });
    expect(await db().site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect((await getSiteOrThrow(s.actors.inspectorA, site.id)).active).toBe(false);
    await expect(deactivateSite(s.actors.cityAdminA, { id: site.id, version: 2 })).rejects.toMatchObject({ status: 409 });
    await expect(updateSite(s.actors.cityAdminA, { id: site.id, version: 2, grid: "x" })).rejects.toMatchObject({ status: 409 });
  });

  it("is 409 when stale, 404 in another city, 403 for a liaison, 422 without a version", async () => {
    const site = await createSite(s.actors.cityAdminA, fields());
    await expect(deactivateSite(s.actors.cityAdminA, { id: site.id, version: 3 })).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    const other = await makeSite(db(), { cityId: s.cityB.id, responsibleDepartmentId: s.departmentB1.id });
    await expect(deactivateSite(s.actors.cityAdminA, { id: other.id, version: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(deactivateSite(s.actors.liaisonA1, { id: site.id, version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(deactivateSite(s.actors.cityAdminA, { id: site.id })).rejects.toMatchObject({ status: 422, fieldErrors: { version: expect.any(Array) } });
  });
});

describe("listSites and getSiteOrThrow", () => {
  let world: CityScenario;
  let ids: Record<"market" | "lane" | "gone", string>;
  let marketType: string;

  beforeAll(async () => {
    world = await createCityScenario(db());
    marketType = (await createSiteType(db())).id;
    const office = world.actors.cityAdminA;
    const base = { siteTypeId: typeId, responsibleDepartmentId: world.departmentA1.id };
    const market = await createSite(office, {
      ...base,
      name: "东湖农贸市场",
      siteTypeId: marketType,
      street: "雄关街道",
      grid: "一网格",
      address: "新华路 100_% 号",
    });
    const lane = await createSite(office, { ...base, name: "幸福巷", street: "五一街道", grid: "二网格", responsibleDepartmentId: world.departmentA2.id });
    const gone = await createSite(office, { ...base, name: "已拆除路口", street: "雄关街道" });
    await deactivateSite(office, { id: gone.id, version: 1 });
    ids = { market: market.id, lane: lane.id, gone: gone.id };
  });

  const idsOf = async (query: Parameters<typeof listSites>[1], actor = world.actors.cityAdminA) =>
    (await listSites(actor, query)).items.map((item) => item.id).sort();

  it("lists the city's active sites by code, with every filter", async () => {
    const { items, total } = await listSites(world.actors.inspectorA, {});
    expect(total).toBe(2);
    expect(items.map((item) => item.code)).toEqual(["D-0001", "D-0002"]);
    expect(await idsOf({ type: marketType })).toEqual([ids.market]);
    expect(await idsOf({ street: "雄关街道" })).toEqual([ids.market]);
    expect(await idsOf({ grid: "二网格" })).toEqual([ids.lane]);
    expect(await idsOf({ department: world.departmentA2.id })).toEqual([ids.lane]);
    expect(await idsOf({ active: false })).toEqual([ids.gone]);
    expect(await idsOf({ active: "all" })).toEqual(Object.values(ids).sort());
  });

  it("searches name, code and address with wildcards taken literally", async () => {
    expect(await idsOf({ q: "农贸" })).toEqual([ids.market]);
    expect(await idsOf({ q: "d-0002" })).toEqual([ids.lane]);
    expect(await idsOf({ q: "100_%" })).toEqual([ids.market]);
    expect(await idsOf({ q: "%" })).toEqual([ids.market]);
  });

  it("pages, and answers a bad filter with 422", async () => {
    const page = await listSites(world.actors.cityAdminA, { page: 2, pageSize: 1 });
    expect(page).toMatchObject({ total: 2, items: [expect.objectContaining({ code: "D-0002" })] });
    await expect(listSites(world.actors.cityAdminA, { pageSize: 501 })).rejects.toMatchObject({ status: 422, fieldErrors: { pageSize: expect.any(Array) } });
  });

  it("scopes reads: the supervisor its province, another city nothing, a liaison is refused", async () => {
    expect(await idsOf({ city: world.cityA.id }, world.actors.supervisor)).toEqual([ids.lane, ids.market].sort());
    expect(await idsOf({}, s.actors.cityAdminA)).not.toContain(ids.market);
    await expect(getSiteOrThrow(s.actors.cityAdminA, ids.market)).rejects.toMatchObject({ status: 404 });
    await expect(getSiteOrThrow(s.actors.supervisor, ids.market)).rejects.toMatchObject({ status: 404 });
    expect((await getSiteOrThrow(world.actors.supervisor, ids.market)).name).toBe("东湖农贸市场");
    await expect(listSites(world.actors.liaisonA1, {})).rejects.toMatchObject({ status: 403 });
  });
});
