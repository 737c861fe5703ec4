import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createProvince } from "@/tests/factories/province";
import { createCityScenario } from "@/tests/factories/scenario";
import { createSite } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";
import { readSampleEditionSource } from "@/prisma/seed/load-sample-edition";

describe("factories", () => {
  it("create unique rows when called twice", async () => {
    const client = db();
    const [p1, p2] = [await createProvince(client), await createProvince(client)];
    expect(p1.code).not.toBe(p2.code);
    const [c1, c2] = [await createCity(client), await createCity(client)];
    expect(c1.slug).not.toBe(c2.slug);
    const [d1, d2] = [await createDepartment(client, { cityId: c1.id }), await createDepartment(client, { cityId: c1.id })];
    expect(d1.name).not.toBe(d2.name);
    const [u1, u2] = [await createUser(client), await createUser(client)];
    expect(u1.user.email).not.toBe(u2.user.email);
    const [e1, e2] = [await createEditionFromTree(client), await createEditionFromTree(client)];
    expect(e1.edition.code).not.toBe(e2.edition.code);
    const [s1, s2] = [await createSite(client), await createSite(client)];
    expect(s1.id).not.toBe(s2.id);
  });

  it("build the actor loadUserActor builds, for every role", async () => {
    for (const role of ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", "CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const) {
      const { user, actor } = await createUser(db(), { role });
      expect(await loadUserActor(user.id)).toEqual(actor);
      expect(actor.mustChangePassword).toBe(false);
    }
  });

  it("work inside a transaction", async () => {
    const province = await db().$transaction(async (tx) => {
      const created = await createProvince(tx);
      await createCity(tx, { provinceId: created.id });
      return created;
    });
    expect(await db().city.count({ where: { provinceId: province.id } })).toBe(1);
  });

  it("import a whole edition tree, such as the sample", async () => {
    const { edition, categories, contents, criteria } = await createEditionFromTree(db(), { source: readSampleEditionSource() });
    expect(edition.code).toMatch(/^SAMPLE-2026-/);
    expect(categories).toHaveLength(12);
    expect(contents.every((content) => categories.some((category) => category.id === content.categoryId))).toBe(true);
    const total = criteria.reduce((sum, c) => sum.plus(c.points.toString()), new Decimal(0));
    expect(total.toString()).toBe("100");
    expect(criteria.find((c) => c.code === "C02-02-1")).toMatchObject({ rubricKind: "DEDUCT", rubricParams: { perFinding: 1, cap: 3 } });
  });

  it("create a cycle with weighted years and a plan with actions", async () => {
    const cycle = await createCycle(db());
    expect(cycle.years.map((y) => y.weight.toString())).toEqual(["0.15", "0.25", "0.6"]);
    const plan = await createPlan(db(), { cycleId: cycle.id, actions: [{ name: "甲" }, { name: "乙" }] });
    expect(plan.annualPlan.year).toBe(cycle.endYear);
    expect(plan.actions.map((a) => [a.name, a.cityId])).toEqual([
      ["甲", cycle.cityId],
      ["乙", cycle.cityId],
    ]);
  });
});

describe("createCityScenario", () => {
  it("has one province, two cities with two departments each, and one actor per role", async () => {
    const s = await createCityScenario(db());
    expect([s.cityA.provinceId, s.cityB.provinceId]).toEqual([s.province.id, s.province.id]);
    expect([s.departmentA1.cityId, s.departmentA2.cityId]).toEqual([s.cityA.id, s.cityA.id]);
    expect([s.departmentB1.cityId, s.departmentB2.cityId]).toEqual([s.cityB.id, s.cityB.id]);
    const { actors } = s;
    expect(actors.systemAdmin).toMatchObject({ role: "SYSTEM_ADMIN", provinceId: null, cityId: null, departmentId: null });
    expect(actors.supervisor).toMatchObject({ role: "PROVINCE_SUPERVISOR", provinceId: s.province.id, cityId: null });
    expect(actors.cityAdminA).toMatchObject({ role: "CITY_ADMIN", provinceId: s.province.id, cityId: s.cityA.id });
    expect(actors.inspectorA).toMatchObject({ role: "INSPECTOR", cityId: s.cityA.id });
    expect(actors.liaisonA1).toMatchObject({ role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA1.id });
    expect(actors.cityAdminB).toMatchObject({ role: "CITY_ADMIN", cityId: s.cityB.id });
    for (const actor of Object.values(actors)) expect(await loadUserActor(actor.id)).toEqual(actor);
    const again = await createCityScenario(db());
    expect(again.cityA.id).not.toBe(s.cityA.id);
  });
});
