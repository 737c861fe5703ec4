import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adoptEdition } from "@/lib/server/indicators/city/adopt-edition";
import { mapDepartmentName } from "@/lib/server/indicators/city/map-department-name";
import { updateCriterionLocalization } from "@/lib/server/indicators/city/update-criterion-localization";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createProvince } from "@/tests/factories/province";
import { createIndicatorWorld, responsibilitiesOf, tag, type IndicatorWorld } from "./indicators-city-world";

let w: IndicatorWorld;
beforeAll(async () => {
  w = await createIndicatorWorld();
});

const admin = () => w.s.actors.cityAdminA;

describe("adoptEdition", () => {
  it("sets the cycle's edition, resolves names (各街道办事处 = every street office) and lists the unmatched", async () => {
    const editionBefore = await db().indicatorEdition.findUniqueOrThrow({ where: { id: w.edition.id } });
    const result = await adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: w.edition.id, version: 1 });
    expect(result).toMatchObject({ cycleId: w.cycleA.id, editionId: w.edition.id, version: 2, resolvedCount: 3 });
    expect(result.unmatchedNames).toEqual([w.unknownName, w.aliasName]);
    expect((await db().creationCycle.findUniqueOrThrow({ where: { id: w.cycleA.id } })).editionId).toBe(w.edition.id);

    const { departmentA1: a1, departmentA2: a2 } = w.s;
    const a3 = w.streetA3;
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K1").id)).toEqual([tag(a1.id, "LEAD"), tag(a2.id, "CO"), tag(a3.id, "CO")].sort());
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K2").id)).toEqual([tag(a1.id, "CO")]);
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K3").id)).toEqual([tag(a2.id, "LEAD"), tag(a3.id, "LEAD")].sort());
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K4").id)).toEqual([]);

    // The edition is not a city's row: adopting changes nothing in it.
    expect(await db().indicatorEdition.findUniqueOrThrow({ where: { id: w.edition.id } })).toEqual(editionBefore);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: w.cycleA.id, action: "indicator.adopt-edition" } });
    expect(entry).toMatchObject({
      cityId: w.s.cityA.id,
      before: { editionId: null, version: 1 },
      after: expect.objectContaining({ editionId: w.edition.id, version: 2 }),
    });
  });

  it("answers a stale cycle version with 409", async () => {
    await expect(adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: w.edition.id, version: 1 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
    });
  });

  it("does not find another city's cycle, a missing edition or another province's edition", async () => {
    await expect(adoptEdition(admin(), { cycleId: w.cycleB.id, editionId: w.edition.id })).rejects.toMatchObject({ status: 404 });
    await expect(adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: "missing" })).rejects.toMatchObject({ status: 404 });
    const foreign = await createEditionFromTree(db(), { provinceId: (await createProvince(db())).id });
    await expect(adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: foreign.edition.id })).rejects.toMatchObject({ status: 404 });
  });

  it("is a city admin's job only, and checks its input", async () => {
    for (const actor of [w.s.actors.systemAdmin, w.s.actors.supervisor, w.s.actors.inspectorA, w.s.actors.liaisonA1]) {
      await expect(adoptEdition(actor, { cycleId: w.cycleA.id, editionId: w.edition.id })).rejects.toMatchObject({ status: 403 });
    }
    await expect(adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: "" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { editionId: ["请选择测评体系"] },
    });
  });

  it("keeps what a city already localized when the edition is adopted again", async () => {
    const k2 = w.byCode("K2");
    const cycle = await db().creationCycle.findUniqueOrThrow({ where: { id: w.cycleA.id } });
    await updateCriterionLocalization(admin(), { criterionId: k2.id, leadDepartmentId: w.streetA3.id, coDepartmentIds: [] });
    await adoptEdition(admin(), { cycleId: w.cycleA.id, editionId: w.edition.id, version: cycle.version });
    expect(await responsibilitiesOf(w.s.cityA.id, k2.id)).toEqual([tag(w.streetA3.id, "LEAD")]);
  });

  it("refuses to switch editions once tasks serve the old one's criteria", async () => {
    const { s, cycleB } = w;
    const other = await createEditionFromTree(db());
    const source = await createEditionFromTree(db());
    await adoptEdition(s.actors.cityAdminB, { cycleId: cycleB.id, editionId: source.edition.id });
    const { actions } = await createPlan(db(), { cycleId: cycleB.id });
    await db().task.create({
      data: {
        cityId: s.cityB.id,
        actionId: actions[0].id,
        title: "清理小广告",
        leadDepartmentId: s.departmentB1.id,
        criteria: { create: { criterionId: source.criteria[0].id } },
      },
    });
    await expect(adoptEdition(s.actors.cityAdminB, { cycleId: cycleB.id, editionId: other.edition.id })).rejects.toMatchObject({
      status: 409,
      code: "CONFLICT",
    });
    expect((await db().creationCycle.findUniqueOrThrow({ where: { id: cycleB.id } })).editionId).toBe(source.edition.id);
  });
});

describe("mapDepartmentName", () => {
  it("maps a name to a department and re-resolves the criteria that use it", async () => {
    const a4 = await createDepartment(db(), { cityId: w.s.cityA.id });
    const result = await mapDepartmentName(admin(), { name: w.unknownName, departmentId: a4.id });
    expect(result).toMatchObject({ name: w.unknownName, departmentId: a4.id, isAllStreets: false, unmatchedNames: [w.aliasName] });
    // K2 was localized by hand above and keeps its departments; K4 follows the mapping.
    expect(result.reResolvedCount).toBe(1);
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K2").id)).toEqual([tag(w.streetA3.id, "LEAD")]);
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K4").id)).toEqual([tag(a4.id, "CO")]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: result.id, action: "indicator.map-department-name" } });
    expect(entry.after).toMatchObject({ name: w.unknownName, departmentId: a4.id, reResolvedCount: 1 });
  });

  it("maps a name to every street office, replacing an earlier mapping of that name", async () => {
    const result = await mapDepartmentName(admin(), { name: w.aliasName, isAllStreets: true });
    expect(result).toMatchObject({ isAllStreets: true, departmentId: null, unmatchedNames: [] });
    const k4 = await responsibilitiesOf(w.s.cityA.id, w.byCode("K4").id);
    expect(k4).toEqual(expect.arrayContaining([tag(w.s.departmentA2.id, "LEAD"), tag(w.streetA3.id, "LEAD")]));

    const a5 = await createDepartment(db(), { cityId: w.s.cityA.id });
    await mapDepartmentName(admin(), { name: w.aliasName, departmentId: a5.id });
    expect(await db().departmentNameMapping.count({ where: { cityId: w.s.cityA.id, name: w.aliasName } })).toBe(1);
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K4").id)).toContain(tag(a5.id, "LEAD"));
    expect(await responsibilitiesOf(w.s.cityA.id, w.byCode("K4").id)).not.toContain(tag(w.streetA3.id, "LEAD"));
  });

  it("asks for a department or all streets, and does not find another city's department", async () => {
    await expect(mapDepartmentName(admin(), { name: "某局" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: ["请选择对应的单位或全部街道"] },
    });
    await expect(mapDepartmentName(admin(), { name: "某局", departmentId: w.s.departmentB1.id })).rejects.toMatchObject({ status: 404 });
    await expect(mapDepartmentName(w.s.actors.inspectorA, { name: "某局", isAllStreets: true })).rejects.toMatchObject({ status: 403 });
  });
});
