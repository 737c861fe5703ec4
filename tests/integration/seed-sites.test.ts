import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isSiteCode } from "@/lib/domain/sites/site-code";
import { SITE_TYPE_NAMES } from "@/prisma/seed/data/site-types";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { SEED_TEST_PASSWORD } from "./support/seed-test-password";
import { DEMO_PROVINCE_CODE } from "@/prisma/seed/seed-organisation";
import { seedSites } from "@/prisma/seed/seed-sites";

// The demo's sites as the seed makes them. Each file has its own embedded database, but a
// PostgreSQL run shares one, where seed-demo.test.ts may seed the demo at the same moment: the
// seed is all or nothing and idempotent, so whichever file wins, the sites are the seed's.

type Site = Awaited<ReturnType<typeof seedSites>>[number];
let sites: Site[];
let cities: Record<string, string>;
let typeNames: Map<string, string>;

async function seedDemoOnce(): Promise<void> {
  try {
    await seedDemo({ password: SEED_TEST_PASSWORD });
  } catch (error) {
    // The other file's transaction committed the demo province first.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

beforeAll(async () => {
  await seedDemoOnce();
  const demoCities = await db().city.findMany({ where: { province: { code: DEMO_PROVINCE_CODE } } });
  cities = Object.fromEntries(demoCities.map((city) => [city.slug, city.id]));
  sites = await db().site.findMany({ where: { cityId: { in: demoCities.map((city) => city.id) } } });
  typeNames = new Map((await db().siteType.findMany()).map((type) => [type.id, type.name]));
});

const ofCity = (slug: string) => sites.filter((site) => site.cityId === cities[slug]);

describe("the demo's sites", () => {
  it("gives the demo city about 300 sites of all 26 types, most of them of the inspected types", () => {
    const demo = ofCity("jiayuguan");
    expect(demo.length).toBeGreaterThanOrEqual(280);
    expect(demo.length).toBeLessThanOrEqual(320);
    const perType = new Map<string, number>();
    for (const site of demo) perType.set(typeNames.get(site.siteTypeId)!, (perType.get(typeNames.get(site.siteTypeId)!) ?? 0) + 1);
    expect([...perType.keys()].sort()).toEqual([...SITE_TYPE_NAMES].sort());
    expect(perType.get("背街小巷")).toBeGreaterThan(perType.get("网吧")!);
  });

  it("numbers each city's sites D-0001 … without gaps, ASCII only, and spreads them over the six streets and their grids", async () => {
    for (const slug of Object.keys(cities)) {
      const codes = ofCity(slug)
        .map((site) => site.code)
        .sort();
      expect(codes[0]).toBe("D-0001");
      expect(codes.at(-1)).toBe(`D-${String(codes.length).padStart(4, "0")}`);
      expect(codes.every(isSiteCode)).toBe(true);
    }
    const demo = ofCity("jiayuguan");
    const streets = await db().department.findMany({ where: { cityId: cities.jiayuguan, kind: "STREET_OFFICE" } });
    expect(new Set(demo.map((site) => site.street))).toEqual(new Set(streets.map((street) => street.shortName)));
    expect(new Set(demo.map((site) => site.grid)).size).toBeGreaterThanOrEqual(20);
    expect(demo.every((site) => site.latitude && site.longitude)).toBe(true);
    expect(new Set(demo.map((site) => site.name)).size).toBe(demo.length);
  });

  it("makes the city's own departments responsible: bureaus by type, street offices for lanes and estates", async () => {
    const departments = new Map((await db().department.findMany({ where: { cityId: cities.jiayuguan } })).map((d) => [d.id, d]));
    const demo = ofCity("jiayuguan");
    expect(demo.every((site) => departments.has(site.responsibleDepartmentId))).toBe(true);
    const lanes = demo.filter((site) => typeNames.get(site.siteTypeId) === "背街小巷");
    expect(lanes.every((site) => departments.get(site.responsibleDepartmentId)!.kind === "STREET_OFFICE")).toBe(true);
    const markets = demo.filter((site) => typeNames.get(site.siteTypeId) === "集贸市场");
    expect(new Set(markets.map((site) => departments.get(site.responsibleDepartmentId)!.name))).toEqual(new Set(["市市场监管局"]));
  });

  it("gives the other two cities about twenty sites of the inspected types, owned by their own departments", async () => {
    for (const slug of ["zhangye", "jiuquan"]) {
      const own = ofCity(slug);
      expect(own.length).toBeGreaterThanOrEqual(18);
      expect(own.length).toBeLessThanOrEqual(24);
      const departments = await db().department.findMany({ where: { cityId: cities[slug] }, select: { id: true } });
      expect(own.every((site) => departments.some((d) => d.id === site.responsibleDepartmentId))).toBe(true);
      expect(new Set(own.map((site) => typeNames.get(site.siteTypeId))).size).toBe(7);
    }
  });
});
