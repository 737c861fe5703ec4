import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { redirectFinding } from "@/lib/server/findings/redirect-finding";
import { createDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding } from "./findings-world";

// 改派 sends a finding to another of its check's departments; one deleted since the check was
// made has no liaisons and can never reply, so it is no target.

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

describe("redirecting a finding", () => {
  it("is 422 on departmentId when the other department of its check has been deleted, and the finding stays", async () => {
    const other = await createDepartment(db(), { cityId: s.cityA.id });
    const { finding } = await createCheckFinding(db(), {
      cityId: s.cityA.id,
      departmentId: s.departmentA1.id,
      otherDepartmentId: other.id,
      status: "DISPATCHED",
    });
    await db().department.update({ where: { id: other.id }, data: { deletedAt: new Date() } });
    await expect(redirectFinding(s.actors.cityAdminA, { id: finding.id, departmentId: other.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: [expect.any(String)] },
    });
    expect(await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ departmentId: s.departmentA1.id, version: 1 });
  });
});
