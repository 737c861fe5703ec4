import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adoptEdition } from "@/lib/server/indicators/city/adopt-edition";
import { createLocalCriterion } from "@/lib/server/indicators/city/create-local-criterion";
import { deleteLocalCriterion } from "@/lib/server/indicators/city/delete-local-criterion";
import { updateCriterionLocalization } from "@/lib/server/indicators/city/update-criterion-localization";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createIndicatorWorld, responsibilitiesOf, tag, type IndicatorWorld } from "./indicators-city-world";

let w: IndicatorWorld;
beforeAll(async () => {
  w = await createIndicatorWorld();
  await adoptEdition(w.s.actors.cityAdminA, { cycleId: w.cycleA.id, editionId: w.edition.id });
  await adoptEdition(w.s.actors.cityAdminB, { cycleId: w.cycleB.id, editionId: w.edition.id });
});

const admin = () => w.s.actors.cityAdminA;
const localInput = (overrides: Record<string, unknown> = {}) => ({
  contentId: w.contents[0].id,
  code: `L-${uniqueSuffix()}`,
  name: "城市书房开放时间公示",
  points: "1.5",
  method: "FIELD",
  rubricKind: "DEDUCT",
  rubricParams: { perFinding: "0.5", cap: "" },
  siteTypeNames: ["公共广场"],
  leadDepartmentId: w.s.departmentA1.id,
  coDepartmentIds: [w.s.departmentA2.id],
  rectificationDays: "7",
  ...overrides,
});

describe("updateCriterionLocalization", () => {
  it("writes the city's departments, deadline and exclusion, never the edition's criterion", async () => {
    const k1 = w.byCode("K1");
    const criterionBefore = await db().criterion.findUniqueOrThrow({ where: { id: k1.id } });
    const row = await updateCriterionLocalization(admin(), {
      criterionId: k1.id,
      leadDepartmentId: w.streetA3.id,
      coDepartmentIds: [w.s.departmentA1.id, w.streetA3.id],
      rectificationDays: 5,
      isExcluded: false,
      version: 0,
    });
    expect(row).toMatchObject({
      id: k1.id,
      version: 1,
      rectificationDays: 5,
      isExcluded: false,
      leads: [{ id: w.streetA3.id }],
      coDepartments: [{ id: w.s.departmentA1.id }],
    });
    expect(await responsibilitiesOf(w.s.cityA.id, k1.id)).toEqual([tag(w.streetA3.id, "LEAD"), tag(w.s.departmentA1.id, "CO")].sort());
    expect(await db().criterion.findUniqueOrThrow({ where: { id: k1.id } })).toEqual(criterionBefore);
    // City B adopted the same edition; its resolution is untouched.
    expect(await responsibilitiesOf(w.s.cityB.id, k1.id)).toEqual([tag(w.s.departmentB2.id, "CO")]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: k1.id, action: "indicator.localize-criterion" } });
    expect(entry).toMatchObject({
      cityId: w.s.cityA.id,
      before: expect.objectContaining({ version: 0 }),
      after: expect.objectContaining({ version: 1, rectificationDays: 5 }),
    });
  });

  it("allows an empty or 0 deadline, versions each change and answers a stale one with 409", async () => {
    const k1 = w.byCode("K1");
    const base = { criterionId: k1.id, leadDepartmentId: w.s.departmentA1.id, coDepartmentIds: [] };
    expect(await updateCriterionLocalization(admin(), { ...base, rectificationDays: "", isExcluded: true, version: 1 })).toMatchObject({
      version: 2,
      rectificationDays: null,
      isExcluded: true,
    });
    expect(await updateCriterionLocalization(admin(), { ...base, rectificationDays: 0, version: 2 })).toMatchObject({
      version: 3,
      rectificationDays: 0,
      isExcluded: false,
    });
    const error = await updateCriterionLocalization(admin(), { ...base, rectificationDays: 9, version: 2 }).catch((e) => e);
    expect(error).toMatchObject({ status: 409, code: "VERSION_CONFLICT", details: { current: expect.objectContaining({ version: 3 }) } });
  });

  it("reports a negative deadline and a missing lead beside their fields", async () => {
    await expect(
      updateCriterionLocalization(admin(), { criterionId: w.byCode("K2").id, leadDepartmentId: "", coDepartmentIds: [], rectificationDays: -3 }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { rectificationDays: ["整改时限不能为负数"], leadDepartmentId: ["请选择牵头单位"] } });
    await expect(
      updateCriterionLocalization(admin(), { criterionId: w.byCode("K2").id, leadDepartmentId: w.s.departmentA1.id, rectificationDays: "1.5" }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { rectificationDays: ["整改时限须为整数天数"] } });
  });

  it("does not find a criterion outside the adopted edition, another city's department, or another city's admin's criterion", async () => {
    const other = await createEditionFromTree(db());
    const base = { leadDepartmentId: w.s.departmentA1.id, coDepartmentIds: [] };
    await expect(updateCriterionLocalization(admin(), { ...base, criterionId: other.criteria[0].id })).rejects.toMatchObject({ status: 404 });
    await expect(
      updateCriterionLocalization(admin(), { ...base, criterionId: w.byCode("K3").id, coDepartmentIds: [w.s.departmentB1.id] }),
    ).rejects.toMatchObject({ status: 404 });
    const local = await createLocalCriterion(w.s.actors.cityAdminB, localInput({ leadDepartmentId: w.s.departmentB1.id, coDepartmentIds: [] }));
    await expect(updateCriterionLocalization(admin(), { ...base, criterionId: local.id })).rejects.toMatchObject({ status: 404 });
    await expect(updateCriterionLocalization(w.s.actors.liaisonA1, { ...base, criterionId: w.byCode("K3").id })).rejects.toMatchObject({ status: 403 });
  });
});

describe("createLocalCriterion and deleteLocalCriterion", () => {
  it("adds a criterion of the city's own under a content of the adopted edition", async () => {
    const row = await createLocalCriterion(admin(), localInput({ code: "L-01" }));
    expect(row).toMatchObject({
      code: "L-01",
      isLocal: true,
      points: "1.5",
      method: "FIELD",
      rubricKind: "DEDUCT",
      rubricParams: { perFinding: 0.5 },
      defaultRectificationDays: 7,
      leads: [{ id: w.s.departmentA1.id }],
      coDepartments: [{ id: w.s.departmentA2.id }],
    });
    const record = await db().criterion.findUniqueOrThrow({ where: { id: row.id } });
    expect(record).toMatchObject({
      cityId: w.s.cityA.id,
      editionId: w.edition.id,
      leadDepartmentName: w.s.departmentA1.name,
      coDepartmentNames: [w.s.departmentA2.name],
      siteTypeNames: ["公共广场"],
    });
    expect(await responsibilitiesOf(w.s.cityA.id, row.id)).toEqual([tag(w.s.departmentA1.id, "LEAD"), tag(w.s.departmentA2.id, "CO")].sort());
  });

  it("reports a code already used in the edition, bad points and bad rubric parameters beside their fields", async () => {
    await expect(createLocalCriterion(admin(), localInput({ code: "K1" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: ["该编码与测评体系中的测评标准编码重复，请换一个"] },
    });
    await expect(createLocalCriterion(admin(), localInput({ code: "L-01" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { code: ["本市已有使用该编码的本地测评标准，请换一个"] },
    });
    const error = await createLocalCriterion(admin(), localInput({ points: "0", rubricParams: {}, name: " " })).catch((e) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["name", "points", "rubricParams"]);
    await expect(createLocalCriterion(admin(), localInput({ rubricParams: {} }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { rubricParams: [expect.stringContaining("perFinding")] },
    });
    await expect(createLocalCriterion(admin(), localInput({ rubricKind: "GRADED", rubricParams: { grades: "A=1, B=2" } }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { rubricParams: expect.any(Array) },
    });
    await expect(createLocalCriterion(admin(), localInput({ rectificationDays: "-1" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { rectificationDays: ["整改时限不能为负数"] },
    });
  });

  it("lets another city on the same edition use the same local code, each city seeing only its own", async () => {
    const code = `Z-${uniqueSuffix()}`;
    const inA = await createLocalCriterion(admin(), localInput({ code }));
    const inB = await createLocalCriterion(
      w.s.actors.cityAdminB,
      localInput({
        code,
        leadDepartmentId: w.s.departmentB1.id,
        coDepartmentIds: [],
      }),
    );
    expect(inB.id).not.toBe(inA.id);
    const rows = await db().criterion.findMany({ where: { editionId: w.edition.id, code }, select: { cityId: true } });
    expect(rows.map((row) => row.cityId).sort()).toEqual([w.s.cityA.id, w.s.cityB.id].sort());
    // The database holds the line as well: a second national criterion with an edition's code is refused.
    await expect(
      db().criterion.create({
        data: { editionId: w.edition.id, contentId: w.contents[0].id, code: "K1", name: "重复", points: "1", method: "FIELD", rubricKind: "DEDUCT" },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("takes GRADED grades in the workbook's notation and THRESHOLD parameters", async () => {
    const graded = await createLocalCriterion(admin(), localInput({ rubricKind: "GRADED", rubricParams: { grades: "A=1, B=0.5, C=0" } }));
    expect(graded.rubricParams).toEqual({ grades: { A: 1, B: 0.5, C: 0 } });
    const threshold = await createLocalCriterion(
      admin(),
      localInput({ method: "DATA", rubricKind: "THRESHOLD", rubricParams: { target: "95", direction: "AT_LEAST", unit: "%" } }),
    );
    expect(threshold.rubricParams).toEqual({ target: 95, direction: "AT_LEAST", unit: "%" });
  });

  it("does not find a content outside the adopted edition or another city's department", async () => {
    const other = await createEditionFromTree(db());
    await expect(createLocalCriterion(admin(), localInput({ contentId: other.contents[0].id }))).rejects.toMatchObject({ status: 404 });
    await expect(createLocalCriterion(admin(), localInput({ leadDepartmentId: w.s.departmentB1.id }))).rejects.toMatchObject({ status: 404 });
  });

  it("deletes a local criterion, but never an edition's or another city's", async () => {
    const row = await createLocalCriterion(admin(), localInput());
    expect(await deleteLocalCriterion(admin(), { id: row.id })).toEqual({ id: row.id, code: row.code });
    expect(await db().criterion.findUnique({ where: { id: row.id } })).toBeNull();
    await expect(deleteLocalCriterion(admin(), { id: w.byCode("K1").id })).rejects.toMatchObject({ status: 404 });
    const theirs = await createLocalCriterion(w.s.actors.cityAdminB, localInput({ leadDepartmentId: w.s.departmentB1.id, coDepartmentIds: [] }));
    await expect(deleteLocalCriterion(admin(), { id: theirs.id })).rejects.toMatchObject({ status: 404 });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "indicator.delete-local-criterion" } });
    expect(entry).toMatchObject({ after: null, before: expect.objectContaining({ code: row.code }) });
  });

  it("refuses to delete a local criterion a task serves", async () => {
    const row = await createLocalCriterion(admin(), localInput());
    const { actions } = await createPlan(db(), { cycleId: w.cycleA.id });
    await db().task.create({
      data: {
        cityId: w.s.cityA.id,
        actionId: actions[0].id,
        title: "公示开放时间",
        leadDepartmentId: w.s.departmentA1.id,
        criteria: { create: { criterionId: row.id } },
      },
    });
    await expect(deleteLocalCriterion(admin(), { id: row.id })).rejects.toMatchObject({ status: 409 });
  });
});
