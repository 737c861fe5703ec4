import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adoptEdition } from "@/lib/server/indicators/city/adopt-edition";
import { createLocalCriterion } from "@/lib/server/indicators/city/create-local-criterion";
import { getCityIndicatorSetup } from "@/lib/server/indicators/city/get-city-indicator-setup";
import { listDepartmentCriteria } from "@/lib/server/indicators/city/list-department-criteria";
import { mapDepartmentName } from "@/lib/server/indicators/city/map-department-name";
import { updateCriterionLocalization } from "@/lib/server/indicators/city/update-criterion-localization";
import { createIndicatorWorld, type IndicatorWorld } from "./indicators-city-world";

let w: IndicatorWorld;
let localId: string;
beforeAll(async () => {
  w = await createIndicatorWorld();
  await adoptEdition(w.s.actors.cityAdminA, { cycleId: w.cycleA.id, editionId: w.edition.id });
  const local = await createLocalCriterion(w.s.actors.cityAdminA, {
    contentId: w.contents[0].id,
    code: "L-01",
    name: "城市书房开放",
    points: 2.5,
    method: "MATERIAL",
    rubricKind: "PASS_FAIL",
    leadDepartmentId: w.s.departmentA1.id,
    coDepartmentIds: [],
  });
  localId = local.id;
});

describe("getCityIndicatorSetup", () => {
  it("shows the current cycle's edition, the unmatched names with their use, the mappings and every localized criterion", async () => {
    await mapDepartmentName(w.s.actors.cityAdminA, { name: w.aliasName, isAllStreets: true });
    const setup = await getCityIndicatorSetup(w.s.actors.cityAdminA);
    expect(setup.cycle).toMatchObject({ id: w.cycleA.id, editionId: w.edition.id });
    expect(setup.edition).toMatchObject({ id: w.edition.id, code: w.edition.code });
    expect(setup.editions.map((edition) => edition.id)).toContain(w.edition.id);
    expect(setup.unmatched).toEqual([{ name: w.unknownName, criteriaCount: 2 }]);
    expect(setup.mappings).toEqual([expect.objectContaining({ name: w.aliasName, isAllStreets: true, departmentId: null })]);
    expect(setup.criteria.map((criterion) => [criterion.code, criterion.isLocal])).toEqual([
      ["K1", false],
      ["K2", false],
      ["K3", false],
      ["K4", false],
      ["L-01", true],
    ]);
    expect(setup.contents).toEqual([expect.objectContaining({ id: w.contents[0].id, categoryName: "公共环境" })]);
    expect(setup.departments.map((department) => department.id)).toEqual(expect.arrayContaining([w.s.departmentA1.id, w.streetA3.id]));
  });

  it("shows another city neither the first city's local criteria nor its cycle", async () => {
    const setup = await getCityIndicatorSetup(w.s.actors.cityAdminB);
    expect(setup.cycle).toMatchObject({ id: w.cycleB.id, editionId: null });
    expect(setup.edition).toBeNull();
    expect(setup.criteria).toEqual([]);
  });

  it("is the city admin's screen", async () => {
    for (const actor of [w.s.actors.systemAdmin, w.s.actors.supervisor, w.s.actors.inspectorA, w.s.actors.liaisonA1]) {
      await expect(getCityIndicatorSetup(actor)).rejects.toMatchObject({ status: 403 });
    }
  });
});

describe("listDepartmentCriteria", () => {
  it("lists what a department leads or co-owns, local criteria included, with the points at stake", async () => {
    const result = await listDepartmentCriteria(w.s.actors.cityAdminA, w.s.departmentA1.id);
    expect(result.department).toEqual({ id: w.s.departmentA1.id, name: w.s.departmentA1.name });
    expect(result.edition).toMatchObject({ id: w.edition.id });
    expect(result.items.map((item) => [item.code, item.role])).toEqual([
      ["K1", "LEAD"],
      ["K2", "CO"],
      ["L-01", "LEAD"],
    ]);
    expect(result).toMatchObject({ totalPoints: "9.5", leadPoints: "6.5", coPoints: "3" });
    expect(result.items.find((item) => item.id === localId)).toMatchObject({ isLocal: true });
  });

  it("leaves out criteria the city excluded", async () => {
    const k2 = w.byCode("K2");
    await updateCriterionLocalization(w.s.actors.cityAdminA, {
      criterionId: k2.id,
      leadDepartmentId: w.streetA3.id,
      coDepartmentIds: [w.s.departmentA1.id],
      isExcluded: true,
    });
    const result = await listDepartmentCriteria(w.s.actors.cityAdminA, w.s.departmentA1.id);
    expect(result.items.map((item) => item.code)).toEqual(["K1", "L-01"]);
    expect(result.totalPoints).toBe("6.5");
  });

  it("lets a liaison read its own department only, and other cities not at all", async () => {
    const own = await listDepartmentCriteria(w.s.actors.liaisonA1, w.s.departmentA1.id);
    expect(own.items.length).toBeGreaterThan(0);
    await expect(listDepartmentCriteria(w.s.actors.liaisonA1, w.s.departmentA2.id)).rejects.toMatchObject({ status: 404 });
    await expect(listDepartmentCriteria(w.s.actors.cityAdminB, w.s.departmentA1.id)).rejects.toMatchObject({ status: 404 });
    expect((await listDepartmentCriteria(w.s.actors.supervisor, w.s.departmentA1.id)).items.length).toBe(own.items.length);
    expect((await listDepartmentCriteria(w.s.actors.inspectorA, w.streetA3.id)).items.map((item) => [item.code, item.role])).toEqual([
      ["K1", "CO"],
      ["K3", "LEAD"],
      ["K4", "LEAD"],
    ]);
  });

  it("gives an empty list while the city has adopted no edition", async () => {
    const result = await listDepartmentCriteria(w.s.actors.cityAdminB, w.s.departmentB1.id);
    expect(result).toMatchObject({ edition: null, items: [], totalPoints: "0" });
    expect(await db().cityCriterionDepartment.count({ where: { cityId: w.s.cityB.id } })).toBe(0);
  });
});
