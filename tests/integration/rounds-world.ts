import { db } from "@/lib/db";
import type { EditionSource } from "@/prisma/seed/edition-source";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createSite, ensureSiteTypes } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";

// A city with an adopted edition, sites of four types (one inspected by no criterion), inspectors
// and an office; plus another city with its own office and inspector, for the scope rows.

export const ROUNDS_SOURCE: EditionSource = {
  edition: "督查测试体系",
  code: "RND",
  categories: [
    {
      code: "R1",
      name: "公共环境",
      contents: [
        {
          code: "R1-1",
          name: "市容",
          criteria: [
            {
              code: "R-1",
              name: "市场无乱堆放",
              points: 4,
              method: "FIELD",
              site_types: ["集贸市场"],
              rubric: { kind: "DEDUCT", perFinding: 0.5, cap: 2 },
              lead: "市城管局",
            },
            {
              code: "R-2",
              name: "公益广告",
              points: 2,
              method: "FIELD",
              site_types: ["集贸市场", "背街小巷"],
              rubric: { kind: "PASS_FAIL" },
              lead: "市城管局",
            },
            {
              code: "R-3",
              name: "路灯亮灯率",
              points: 3,
              method: "FIELD",
              site_types: ["背街小巷"],
              rubric: { kind: "THRESHOLD", target: 95, direction: "AT_LEAST" },
              lead: "市城管局",
            },
            { code: "R-4", name: "工作方案", points: 2, method: "MATERIAL", rubric: { kind: "GRADED" }, lead: "市文明办", co: ["市住建局"] },
            { code: "R-5", name: "站台整洁", points: 1, method: "FIELD", site_types: ["公交站点"], rubric: { kind: "PASS_FAIL" }, lead: "市城管局" },
          ],
        },
      ],
    },
  ],
};

export async function createRoundsWorld() {
  const city = await createCity(db());
  const [cg, zj, wm] = await Promise.all(["市城管局", "市住建局", "市文明办"].map((name) => createDepartment(db(), { cityId: city.id, name })));
  const { edition, criteria } = await createEditionFromTree(db(), { source: ROUNDS_SOURCE });
  await createCycle(db(), { cityId: city.id, editionId: edition.id, isCurrent: true, startYear: 2025 });
  const criterion = Object.fromEntries(criteria.map((row) => [row.code, row]));
  await db().cityCriterionDepartment.createMany({
    data: [
      ...["R-1", "R-2", "R-3", "R-5"].map((code) => ({ cityId: city.id, criterionId: criterion[code].id, departmentId: cg.id, role: "LEAD" as const })),
      { cityId: city.id, criterionId: criterion["R-4"].id, departmentId: wm.id, role: "LEAD" },
      { cityId: city.id, criterionId: criterion["R-4"].id, departmentId: zj.id, role: "CO" },
    ],
  });
  const types = await ensureSiteTypes(db(), ["集贸市场", "背街小巷", "公交站点", "学校周边"]);
  const site = (typeName: string, street: string, extra: { deletedAt?: Date } = {}) =>
    createSite(db(), { cityId: city.id, responsibleDepartmentId: zj.id, siteTypeId: types.get(typeName)!.id, street, ...extra });
  const markets = [await site("集贸市场", "东街道"), await site("集贸市场", "东街道"), await site("集贸市场", "西街道"), await site("集贸市场", "西街道")];
  const lanes = [await site("背街小巷", "东街道"), await site("背街小巷", "西街道"), await site("背街小巷", "西街道")];
  const schools = [await site("学校周边", "东街道")];
  const closedMarket = await site("集贸市场", "东街道", { deletedAt: new Date() });
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id, mustChangePassword: false });
  const inspectorA = await createUser(db(), { role: "INSPECTOR", cityId: city.id, mustChangePassword: false });
  const inspectorB = await createUser(db(), { role: "INSPECTOR", cityId: city.id, mustChangePassword: false });
  const liaison = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: zj.id, mustChangePassword: false });
  const otherOffice = await createUser(db(), { role: "CITY_ADMIN", mustChangePassword: false });
  const otherInspector = await createUser(db(), { role: "INSPECTOR", cityId: otherOffice.actor.cityId!, mustChangePassword: false });
  await createCycle(db(), { cityId: otherOffice.actor.cityId!, editionId: edition.id, isCurrent: true, startYear: 2025 });
  return { city, cg, zj, wm, edition, criterion, markets, lanes, schools, closedMarket, office, inspectorA, inspectorB, liaison, otherOffice, otherInspector };
}

export type RoundsWorld = Awaited<ReturnType<typeof createRoundsWorld>>;
