import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { getCoverage } from "@/lib/server/coverage/get-coverage";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createTask } from "@/tests/factories/task";
import { createTaskWorld, currentYear, type TaskWorld } from "@/tests/fixtures/tasks/task-world";
import * as coverageRoute from "@/app/api/v1/coverage/route";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

// The world's edition has 9 criteria worth 27 points. The city excludes C04-01-2 (2 points) and
// adds a local L-01 (1.5): 9 criteria, 26.5 points. Tasks of the current plan serve C02-01-1 (4),
// C02-01-2 (3) and L-01 (1.5): 3 covered, 8.5 points, 18 uncovered.
let s: CityScenario;
let world: TaskWorld;
let t1: string;
let t2: string;
let t3: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  world = await createTaskWorld(db(), s.cityA.id);
  const local = await db().criterion.create({
    data: {
      editionId: world.edition.id,
      contentId: world.criteria[0].contentId,
      cityId: s.cityA.id,
      code: "L-01",
      name: "本地标准",
      points: "1.5",
      method: "MATERIAL",
      rubricKind: "PASS_FAIL",
    },
  });
  await db().cityCriterionSetting.create({ data: { cityId: s.cityA.id, criterionId: world.criterionId("C04-01-2"), isExcluded: true } });
  const [first, second] = world.actions;
  const lead = world.departmentId("市城管局");
  t1 = (
    await createTask(db(), {
      actionId: first.id,
      leadDepartmentId: s.departmentA1.id,
      title: "任务一",
      criterionIds: [world.criterionId("C02-01-1"), world.criterionId("C02-01-2")],
    })
  ).id;
  t2 = (
    await createTask(db(), {
      actionId: first.id,
      leadDepartmentId: lead,
      title: "任务二",
      criterionIds: [world.criterionId("C02-01-1"), local.id, world.criterionId("C04-01-2")],
    })
  ).id;
  t3 = (await createTask(db(), { actionId: second.id, leadDepartmentId: lead, title: "任务三", criterionIds: [world.criterionId("C02-01-2")] })).id;
  const deleted = await createTask(db(), { actionId: second.id, leadDepartmentId: lead, criterionIds: [world.criterionId("C03-01-1")] });
  await db().task.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  const otherYear = await createPlan(db(), { cycleId: world.cycle.id, year: currentYear() - 1 });
  await createTask(db(), { actionId: otherYear.actions[0].id, leadDepartmentId: lead, criterionIds: [world.criterionId("C03-02-1")] });
});

describe("coverage", () => {
  it("lists every applicable criterion in code order with the tasks serving it, per-action points at stake and totals", async () => {
    const coverage = await getCoverage(s.actors.cityAdminA);
    expect(coverage.annualPlan).toMatchObject({ id: world.annualPlan.id });
    expect(coverage.criteria.map((row) => `${row.code}:${row.tasks.map((task) => task.title).join("+")}:${row.gap ? "gap" : "ok"}`)).toEqual([
      "C02-01-1:任务一+任务二:ok",
      "C02-01-2:任务一+任务三:ok",
      "C02-01-3::gap",
      "C02-02-1::gap",
      "C03-01-1::gap",
      "C03-01-2::gap",
      "C03-02-1::gap",
      "C04-01-1::gap",
      "L-01:任务二:ok",
    ]);
    expect(coverage.criteria[0]).toMatchObject({
      name: "主次干道公益广告",
      categoryName: "公益广告",
      contentName: "户外公益广告",
      points: "4",
      isLocal: false,
    });
    expect(coverage.criteria.at(-1)).toMatchObject({
      isLocal: true,
      points: "1.5",
      tasks: [{ id: t2, actionId: world.actions[0].id, actionName: world.actions[0].name }],
    });
    expect(coverage.actions).toEqual([
      { id: world.actions[0].id, name: world.actions[0].name, taskCount: 2, criteria: ["C02-01-1", "C02-01-2", "L-01"], pointsAtStake: "8.5" },
      { id: world.actions[1].id, name: world.actions[1].name, taskCount: 1, criteria: ["C02-01-2"], pointsAtStake: "3" },
      { id: world.actions[2].id, name: world.actions[2].name, taskCount: 0, criteria: [], pointsAtStake: "0" },
    ]);
    expect(coverage.totals).toEqual({ criteria: 9, coveredCriteria: 3, points: "26.5", coveredPoints: "8.5", uncoveredPoints: "18" });
  });

  it("counts only the tasks a liaison may see; other readers name the city within their reach", async () => {
    const liaison = await getCoverage(s.actors.liaisonA1);
    expect(liaison.criteria[0].tasks.map((task) => task.id)).toEqual([t1]);
    expect(liaison.totals.coveredCriteria).toBe(2);
    expect((await getCoverage(s.actors.supervisor, { city: s.cityA.id })).totals.coveredCriteria).toBe(3);
    await expect(getCoverage(s.actors.supervisor)).rejects.toMatchObject({ status: 422, fieldErrors: { city: expect.any(Array) } });
    await expect(getCoverage(s.actors.cityAdminB, { city: s.cityA.id })).rejects.toMatchObject({ status: 404 });
    expect(t3).toBeTruthy();
  });

  it("GET /api/v1/coverage answers the same document", async () => {
    const token = (await createApiToken(s.actors.cityAdminA, { name: "覆盖", role: "INSPECTOR", expiresInDays: 7 })).token;
    const response = await coverageRoute.GET(new NextRequest("http://localhost/api/v1/coverage", { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({}),
    } as { params: Promise<Record<string, never>> });
    expect(response.status).toBe(200);
    expect((await response.json()).totals).toEqual({ criteria: 9, coveredCriteria: 3, points: "26.5", coveredPoints: "8.5", uncoveredPoints: "18" });
  });
});
