import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createSite } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";

const SOURCE = {
  edition: "发布测试体系",
  code: "PUB",
  categories: [
    {
      code: "P1",
      name: "公共环境",
      contents: [
        {
          code: "P1-1",
          name: "市容",
          criteria: [{ code: "P1-1-1", name: "公益广告完好", points: 10, method: "FIELD", rubric: { kind: "PROPORTION" }, lead: "市城管局" }],
        },
      ],
    },
  ],
};

export const NAMES = { a: "市城管局", b: "市住建局", s1: "新华街道", s2: "五一街道" } as const;
export type Key = keyof typeof NAMES;

/**
 * A city of four departments (two bureaus, two street offices) with three lists: the default (all, composite,
 * red 1 / black 1 / 85), street offices by composite (1 / 1 / 85) and a chosen pair by rectification (1 / 0 / 60).
 * Each round's department score is set by passed/total checks of one PROPORTION criterion (composite = inspection).
 */
export async function createPublicationsWorld() {
  const city = await createCity(db());
  const departments = {
    a: await createDepartment(db(), { cityId: city.id, name: NAMES.a }),
    b: await createDepartment(db(), { cityId: city.id, name: NAMES.b }),
    s1: await createDepartment(db(), { cityId: city.id, name: NAMES.s1, kind: "STREET_OFFICE" }),
    s2: await createDepartment(db(), { cityId: city.id, name: NAMES.s2, kind: "STREET_OFFICE" }),
  };
  const { edition, criteria } = await createEditionFromTree(db(), { source: SOURCE });
  const cycle = await createCycle(db(), { cityId: city.id, editionId: edition.id, isCurrent: true, defaultList: { redCount: 1, blackCount: 1 } });
  const streets = await db().rankingList.create({
    data: { cityId: city.id, cycleId: cycle.id, name: "街道红黑榜", members: "BY_KIND", memberKind: "STREET_OFFICE", redCount: 1, blackCount: 1, sortOrder: 1 },
  });
  const rectification = await db().rankingList.create({
    data: {
      cityId: city.id,
      cycleId: cycle.id,
      name: "整改红黑榜",
      members: "CHOSEN",
      metric: "RECTIFICATION",
      redCount: 1,
      blackCount: 0,
      blackThreshold: "60",
      sortOrder: 2,
      departments: { create: [{ departmentId: departments.a.id }, { departmentId: departments.b.id }] },
    },
  });
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
  const inspector = await createUser(db(), { role: "INSPECTOR", cityId: city.id });
  const liaisonA = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: departments.a.id });
  const liaisonB = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: departments.b.id });
  const supervisor = await createUser(db(), { role: "PROVINCE_SUPERVISOR", provinceId: city.provinceId });
  const otherSupervisor = await createUser(db(), { role: "PROVINCE_SUPERVISOR" });

  let week = 0;
  /** A closed weekly round where each department passed `passed` of `total` checks (departments left out are not checked). */
  async function closedRound(scores: Partial<Record<Key, [number, number]>>, status: "CLOSED" | "IN_PROGRESS" = "CLOSED") {
    week += 1;
    const day = String(week).padStart(2, "0");
    const round = await createRound(db(), {
      cityId: city.id,
      editionId: edition.id,
      createdById: office.user.id,
      kind: "WEEKLY",
      status,
      name: `第${week}轮`,
      periodStart: `2026-03-${day}`,
      periodEnd: `2026-03-${day}`,
    });
    if (status === "CLOSED") await db().inspectionRound.update({ where: { id: round.id }, data: { closedAt: new Date() } });
    for (const [key, [passed, total]] of Object.entries(scores) as [Key, [number, number]][]) {
      for (let index = 0; index < total; index += 1) {
        await createCheck(db(), {
          round,
          criterionId: criteria[0].id,
          inspectorId: inspector.user.id,
          departmentIds: [departments[key].id],
          // one check per criterion and site
          siteId: (await createSite(db(), { cityId: city.id, responsibleDepartmentId: departments[key].id })).id,
          passed: index < passed,
        });
      }
    }
    return round;
  }

  return {
    city,
    departments,
    edition,
    cycle,
    lists: { streets, rectification },
    office,
    inspector,
    liaisonA,
    liaisonB,
    supervisor,
    otherSupervisor,
    closedRound,
  };
}

export type PublicationsWorld = Awaited<ReturnType<typeof createPublicationsWorld>>;
export type { Actor };
