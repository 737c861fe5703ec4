import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";
import { createDepartment } from "@/lib/server/departments/create-department";
import { updateDepartment } from "@/lib/server/departments/update-department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

let s: CityScenario;
let other: CityScenario;
let inA: string;
let inB: string;
let inOtherProvince: string;
let withoutCity: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  other = await createCityScenario(db());
  const a = await createDepartment(s.actors.cityAdminA, { name: `甲${uniqueSuffix()}`, kind: "BUREAU" });
  await updateDepartment(s.actors.cityAdminA, { id: a.id, version: 1, leaderName: "王五" });
  inA = a.id;
  inB = (await createDepartment(s.actors.cityAdminB, { name: `乙${uniqueSuffix()}`, kind: "BUREAU" })).id;
  inOtherProvince = (await createDepartment(other.actors.cityAdminA, { name: `丙${uniqueSuffix()}`, kind: "BUREAU" })).id;
  withoutCity = `p-${uniqueSuffix()}`;
  await db().$transaction((tx) => writeAuditEntry(tx, null, { action: "province.update", entityType: "Province", entityId: withoutCity }));
});

const sees = async (actor: CityScenario["actors"][keyof CityScenario["actors"]], entityId: string) => (await listAuditEntries(actor, { entityId })).total > 0;

describe("listAuditEntries", () => {
  it("returns entries newest first with before and after", async () => {
    const { items, total } = await listAuditEntries(s.actors.cityAdminA, { entityId: inA });
    expect(total).toBe(2);
    expect(items.map((e) => e.action)).toEqual(["department.update", "department.create"]);
    expect(items[0]).toMatchObject({
      entityType: "Department",
      cityId: s.cityA.id,
      before: expect.objectContaining({ version: 1 }),
      after: expect.objectContaining({ leaderName: "王五" }),
    });
    expect(items[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(items[0].actorLabel).toBe(s.actors.cityAdminA.label);
  });

  it("scopes a city admin to its city", async () => {
    const ca = s.actors.cityAdminA;
    expect([await sees(ca, inA), await sees(ca, inB), await sees(ca, inOtherProvince), await sees(ca, withoutCity)]).toEqual([true, false, false, false]);
  });

  it("scopes a supervisor to its province's cities", async () => {
    const sup = s.actors.supervisor;
    expect([await sees(sup, inA), await sees(sup, inB), await sees(sup, inOtherProvince), await sees(sup, withoutCity)]).toEqual([true, true, false, false]);
  });

  it("shows a system admin everything, entries without a city included", async () => {
    const sa = s.actors.systemAdmin;
    expect([await sees(sa, inA), await sees(sa, inB), await sees(sa, inOtherProvince), await sees(sa, withoutCity)]).toEqual([true, true, true, true]);
  });

  it("filters by entity type and actor, and pages", async () => {
    const byActor = await listAuditEntries(s.actors.supervisor, { actorQuery: s.actors.cityAdminB.label.split(" ")[0] });
    expect(byActor.items.map((e) => e.entityId)).toEqual([inB]);
    const page = await listAuditEntries(s.actors.supervisor, { entityType: "Department", page: 2, pageSize: 1 });
    expect(page).toMatchObject({ total: 3, items: [expect.objectContaining({ entityType: "Department" })] });
  });

  it("is refused to inspectors and liaisons", async () => {
    await expect(listAuditEntries(s.actors.inspectorA)).rejects.toMatchObject({ status: 403 });
    await expect(listAuditEntries(s.actors.liaisonA1)).rejects.toMatchObject({ status: 403 });
  });
});
