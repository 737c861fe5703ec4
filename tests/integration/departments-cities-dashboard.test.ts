import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublicCityBySlug } from "@/lib/server/cities/get-public-city-by-slug";
import { listCities } from "@/lib/server/cities/list-cities";
import { listPublicCities } from "@/lib/server/cities/list-public-cities";
import { getDashboardSummary } from "@/lib/server/dashboard/get-dashboard-summary";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment as makeDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createSite } from "@/tests/factories/site";

// The city lists and the dashboard count departments; deleted ones never count.
let s: CityScenario;
let other: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
  other = await createCityScenario(db());
  await makeDepartment(db(), { cityId: s.cityA.id, deletedAt: new Date() });
});

describe("listCities", () => {
  it("is scoped and counts the departments that are not deleted", async () => {
    const mine = await listCities(s.actors.cityAdminA);
    expect(mine).toEqual([
      { id: s.cityA.id, name: s.cityA.name, slug: s.cityA.slug, provinceId: s.province.id, provinceName: s.province.name, departmentCount: 2 },
    ]);
    expect((await listCities(s.actors.liaisonA1)).map((c) => c.id)).toEqual([s.cityA.id]);
    expect(new Set((await listCities(s.actors.supervisor)).map((c) => c.id))).toEqual(new Set([s.cityA.id, s.cityB.id]));
    const all = (await listCities(s.actors.systemAdmin)).map((c) => c.id);
    expect(all).toEqual(expect.arrayContaining([s.cityA.id, s.cityB.id, other.cityA.id]));
  });
});

describe("public city pages", () => {
  it("list cities by name and slug only", async () => {
    const cities = await listPublicCities();
    expect(cities).toContainEqual({ name: s.cityA.name, slug: s.cityA.slug, provinceName: s.province.name });
    expect(Object.keys(cities[0]).sort()).toEqual(["name", "provinceName", "slug"]);
  });

  it("show a city's current cycle, or null for an unknown slug", async () => {
    expect(await getPublicCityBySlug(s.cityB.slug)).toMatchObject({ name: s.cityB.name, departmentCount: 2, cycle: null });
    await createCycle(db(), { cityId: s.cityB.id, startYear: 2021, isCurrent: false });
    await createCycle(db(), { cityId: s.cityB.id, startYear: 2024, isCurrent: true });
    expect((await getPublicCityBySlug(s.cityB.slug))?.cycle).toMatchObject({ startYear: 2024, endYear: 2026 });
    expect(await getPublicCityBySlug("no-such-city")).toBeNull();
  });
});

describe("getDashboardSummary", () => {
  it("counts the city's departments, sites, adopted criteria and users for a city admin", async () => {
    const { edition } = await createEditionFromTree(db());
    await createCycle(db(), { cityId: s.cityA.id, editionId: edition.id, isCurrent: true });
    await createSite(db(), { responsibleDepartmentId: s.departmentA1.id });
    const summary = await getDashboardSummary(s.actors.cityAdminA);
    expect(summary.scopeLabel).toBe(s.cityA.name);
    const counts = Object.fromEntries(summary.counts.map((c) => [c.labelKey, c.value]));
    expect(counts).toEqual({ "dashboard.counts.departments": 2, "dashboard.counts.sites": 1, "dashboard.counts.criteria": 3, "dashboard.counts.users": 3 });
  });

  it("shows each role its own scope", async () => {
    expect((await getDashboardSummary(s.actors.inspectorA)).counts.map((c) => c.labelKey)).not.toContain("dashboard.counts.users");
    const liaison = await getDashboardSummary(s.actors.liaisonA1);
    expect(liaison.scopeLabel).toBe(`${s.cityA.name} · ${s.departmentA1.name}`);
    expect(liaison.counts.find((c) => c.labelKey === "dashboard.counts.sites")?.value).toBe(1);
    const supervisor = await getDashboardSummary(s.actors.supervisor);
    expect(supervisor).toMatchObject({
      scopeLabel: s.province.name,
      counts: expect.arrayContaining([
        { labelKey: "dashboard.counts.cities", value: 2 },
        { labelKey: "dashboard.counts.departments", value: 4 },
      ]),
    });
    expect((await getDashboardSummary(s.actors.systemAdmin)).scopeLabel).toContain(other.province.name);
  });
});
