import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteDepartment } from "@/lib/server/departments/delete-department";
import { createDepartment } from "@/tests/factories/department";
import { createFinding } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createSite } from "@/tests/factories/site";

// Deleting a department must not leave inspection work without an owner: the sites it keeps
// (包点单位) would open new findings for a department nobody can reply for, and its unresolved
// findings would never be rectified.

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

describe("deleting a department (issue 8's records)", () => {
  it("is refused while it is the responsible unit of an active site, and allowed once the site is gone", async () => {
    const department = await createDepartment(db(), { cityId: s.cityA.id });
    const site = await createSite(db(), { cityId: s.cityA.id, responsibleDepartmentId: department.id });
    await expect(deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("点位"),
    });
    await db().site.update({ where: { id: site.id }, data: { deletedAt: new Date() } });
    await expect(deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).resolves.toMatchObject({ id: department.id });
  });

  it("is refused while it has an unresolved finding; verified or withdrawn ones do not hold it", async () => {
    const department = await createDepartment(db(), { cityId: s.cityA.id });
    const open = await createFinding(db(), { cityId: s.cityA.id, departmentId: department.id, due: "2026-03-10" });
    await createFinding(db(), { cityId: s.cityA.id, departmentId: department.id, due: "2026-03-10", verifiedOn: "2026-03-09" });
    await expect(deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("问题"),
    });
    await db().finding.update({ where: { id: open.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    await expect(deleteDepartment(s.actors.cityAdminA, { id: department.id, version: 1 })).resolves.toMatchObject({ id: department.id });
  });
});
