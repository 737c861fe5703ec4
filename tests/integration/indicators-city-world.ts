import { db } from "@/lib/db";
import type { EditionSource } from "@/prisma/seed/edition-source";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

// The world of the city-side indicator tests: a scenario whose city A has a bureau (A1) and two
// street offices (A2, A3), a current cycle in each city with no edition yet, and a 10-point
// edition that names A1, the group 各街道办事处 and two names city A lacks.
export async function createIndicatorWorld() {
  const s = await createCityScenario(db());
  const streetA3 = await createDepartment(db(), { cityId: s.cityA.id, kind: "STREET_OFFICE" });
  const unknownName = `市未知局${uniqueSuffix()}`;
  const aliasName = `交警别名${uniqueSuffix()}`;
  const rule = { method: "FIELD" as const, rubric: { kind: "DEDUCT" as const, perFinding: 0.5 } };
  const source: EditionSource = {
    edition: "城市本地化测试体系",
    code: "CITY",
    categories: [
      {
        code: "C01",
        name: "公共环境",
        contents: [
          {
            code: "C01-01",
            name: "道路街巷环境",
            criteria: [
              { code: "K1", name: "无乱扔乱贴", points: 4, ...rule, lead: s.departmentA1.name, co: ["各街道办事处"] },
              { code: "K2", name: "公益广告完好", points: 3, ...rule, lead: unknownName, co: [s.departmentA1.name] },
              { code: "K3", name: "垃圾桶加盖", points: 2, ...rule, lead: "各街道办事处" },
              { code: "K4", name: "礼让斑马线", points: 1, ...rule, lead: aliasName, co: [unknownName] },
            ],
          },
        ],
      },
    ],
  };
  const { edition, criteria, contents } = await createEditionFromTree(db(), { source });
  const cycleA = await createCycle(db(), { cityId: s.cityA.id, isCurrent: true });
  const cycleB = await createCycle(db(), { cityId: s.cityB.id, isCurrent: true });
  const byCode = (code: string) => criteria.find((criterion) => criterion.code === code)!;
  return { s, streetA3, unknownName, aliasName, edition, criteria, contents, cycleA, cycleB, byCode };
}
export type IndicatorWorld = Awaited<ReturnType<typeof createIndicatorWorld>>;

/** The city's responsible departments of a criterion as sorted "departmentId:ROLE" strings. */
export async function responsibilitiesOf(cityId: string, criterionId: string): Promise<string[]> {
  const rows = await db().cityCriterionDepartment.findMany({ where: { cityId, criterionId } });
  return rows.map((row) => `${row.departmentId}:${row.role}`).sort();
}

export const tag = (departmentId: string, role: "LEAD" | "CO") => `${departmentId}:${role}`;
