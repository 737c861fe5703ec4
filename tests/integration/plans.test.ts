import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createAnnualPlan } from "@/lib/server/plans/create-annual-plan";
import { createPlanAction } from "@/lib/server/plans/create-plan-action";
import { createThreeYearPlan } from "@/lib/server/plans/create-three-year-plan";
import { deletePlanAction } from "@/lib/server/plans/delete-plan-action";
import { getPlanOverview } from "@/lib/server/plans/get-plan-overview";
import { movePlanAction } from "@/lib/server/plans/move-plan-action";
import { updateAnnualPlan } from "@/lib/server/plans/update-annual-plan";
import { updatePlanAction } from "@/lib/server/plans/update-plan-action";
import { updateThreeYearPlan } from "@/lib/server/plans/update-three-year-plan";
import { createCycle } from "@/tests/factories/cycle";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createTask } from "@/tests/factories/task";
import * as actionRoute from "@/app/api/v1/plans/actions/[id]/route";
import * as plansRoute from "@/app/api/v1/plans/route";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

let s: CityScenario;
let plan: Awaited<ReturnType<typeof createPlan>>;

beforeAll(async () => {
  s = await createCityScenario(db());
  const cycle = await createCycle(db(), { cityId: s.cityA.id, startYear: 2025, isCurrent: true });
  plan = await createPlan(db(), { cycleId: cycle.id, year: 2025, actions: [{ name: "甲行动" }, { name: "乙行动" }, { name: "丙行动" }] });
  await createTask(db(), { actionId: plan.actions[0].id, leadDepartmentId: s.departmentA1.id });
});

const office = () => s.actors.cityAdminA;

describe("plans", () => {
  it("shows the cycle with its weights, the three-year plan, annual plans with actions and task counts, and the free years", async () => {
    const overview = await getPlanOverview(s.actors.inspectorA);
    expect(overview.cycle).toMatchObject({
      startYear: 2025,
      endYear: 2027,
      years: [
        { year: 2025, weight: "0.15" },
        { year: 2026, weight: "0.25" },
        { year: 2027, weight: "0.6" },
      ],
    });
    expect(overview.threeYearPlan).toMatchObject({ id: plan.threeYearPlan.id, version: 1 });
    expect(overview.annualPlans.map((p) => [p.year, p.actions.map((a) => `${a.name}:${a.taskCount}`)])).toEqual([[2025, ["甲行动:1", "乙行动:0", "丙行动:0"]]]);
    expect(overview.freeYears).toEqual([2026, 2027]);
    await expect(getPlanOverview(s.actors.cityAdminB, { city: s.cityA.id })).rejects.toMatchObject({ status: 404 });
  });

  it("edits the three-year plan, and a stale version is a conflict carrying both versions", async () => {
    const saved = await updateThreeYearPlan(office(), { id: plan.threeYearPlan.id, version: 1, title: "三年行动计划（修订）", summary: "摘要" });
    expect(saved).toMatchObject({ title: "三年行动计划（修订）", summary: "摘要", version: 2 });
    const stale = { id: plan.threeYearPlan.id, version: 1, title: "另一人的标题", summary: "" };
    await expect(updateThreeYearPlan(office(), stale)).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      // The conflict shows what was submitted as read: a blank summary means none.
      details: { current: expect.objectContaining({ title: "三年行动计划（修订）", version: 2 }), submitted: { ...stale, summary: null } },
    });
    await expect(updateThreeYearPlan(office(), { ...stale, version: 2, title: " " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { title: ["请填写标题"] },
    });
    await expect(updateThreeYearPlan(s.actors.cityAdminB, { ...stale, version: 2 })).rejects.toMatchObject({ status: 404 });
    const audit = await db().auditLog.findMany({ where: { action: "plan.update", entityId: plan.threeYearPlan.id } });
    expect(audit).toHaveLength(1);
  });

  it("creates an annual plan only for a free year of the cycle, and edits it", async () => {
    const created = await createAnnualPlan(office(), { threeYearPlanId: plan.threeYearPlan.id, year: 2026, title: "2026年实施方案" });
    expect(created).toMatchObject({ year: 2026, version: 1 });
    await expect(createAnnualPlan(office(), { threeYearPlanId: plan.threeYearPlan.id, year: 2026, title: "重复" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { year: ["2026年已有年度实施方案"] },
    });
    await expect(createAnnualPlan(office(), { threeYearPlanId: plan.threeYearPlan.id, year: 2030, title: "超出" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { year: [expect.stringContaining("2025—2027")] },
    });
    expect(await updateAnnualPlan(office(), { id: created.id, version: 1, title: "2026年工作方案", summary: "决胜" })).toMatchObject({
      title: "2026年工作方案",
      version: 2,
    });
    expect((await getPlanOverview(office())).freeYears).toEqual([2027]);
  });

  it("adds, renames and reorders actions; names stay unique within the plan", async () => {
    const added = await createPlanAction(office(), { annualPlanId: plan.annualPlan.id, name: "丁行动", description: "说明" });
    expect(added).toMatchObject({ sortOrder: 3 });
    await expect(createPlanAction(office(), { annualPlanId: plan.annualPlan.id, name: "甲行动" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: ["该年度实施方案中已有同名行动"] },
    });
    const renamed = await updatePlanAction(office(), { id: added.id, version: 1, name: "丁专项行动", description: "" });
    expect(renamed).toMatchObject({ name: "丁专项行动", description: null, version: 2 });
    await movePlanAction(office(), { id: added.id, version: 2, direction: "up" });
    const order = async () => (await getPlanOverview(office())).annualPlans[0].actions.map((a) => a.name);
    expect(await order()).toEqual(["甲行动", "乙行动", "丁专项行动", "丙行动"]);
    const first = (await getPlanOverview(office())).annualPlans[0].actions[0];
    await expect(movePlanAction(office(), { id: first.id, version: first.version, direction: "up" })).rejects.toMatchObject({ status: 409 });
    await expect(movePlanAction(office(), { id: added.id, version: 2, direction: "down" })).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    await expect(createPlanAction(s.actors.liaisonA1, { annualPlanId: plan.annualPlan.id, name: "戊" })).rejects.toMatchObject({ status: 403 });
  });

  it("deletes an action with no live task, audited; refuses one with tasks, a stale version, a liaison and another city", async () => {
    const spare = await createPlanAction(office(), { annualPlanId: plan.annualPlan.id, name: `误建行动${Date.now()}` });
    await expect(deletePlanAction(office(), { id: spare.id, version: spare.version + 1 })).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    await expect(deletePlanAction(s.actors.liaisonA1, { id: spare.id, version: spare.version })).rejects.toMatchObject({ status: 403 });
    await expect(deletePlanAction(s.actors.cityAdminB, { id: spare.id, version: spare.version })).rejects.toMatchObject({ status: 404 });
    expect(await deletePlanAction(office(), { id: spare.id, version: spare.version })).toEqual({ id: spare.id, deleted: true });
    const names = (await getPlanOverview(office())).annualPlans[0].actions.map((a) => a.name);
    expect(names).not.toContain(spare.name);
    expect(await db().auditLog.count({ where: { entityId: spare.id, action: "plan.delete-action" } })).toBe(1);
    // The name is free again, and a deleted action cannot be deleted twice.
    expect(await createPlanAction(office(), { annualPlanId: plan.annualPlan.id, name: spare.name })).toMatchObject({ name: spare.name });
    await expect(deletePlanAction(office(), { id: spare.id, version: spare.version + 1 })).rejects.toMatchObject({ status: 404 });

    const withTask = plan.actions[0];
    const current = await db().planAction.findUniqueOrThrow({ where: { id: withTask.id } });
    await expect(deletePlanAction(office(), { id: withTask.id, version: current.version })).rejects.toMatchObject({
      status: 409,
      message: "该行动下还有 1 项任务，请先把任务改到其他行动或删除，再删除该行动。",
    });
    expect((await db().planAction.findUniqueOrThrow({ where: { id: withTask.id } })).deletedAt).toBeNull();
  });

  it("creates the three-year plan of a cycle that has none, once", async () => {
    const cycle = await createCycle(db(), { cityId: s.cityA.id, startYear: 2040 });
    expect(await createThreeYearPlan(office(), { cycleId: cycle.id, title: "新周期规划" })).toMatchObject({ cycleId: cycle.id, version: 1 });
    await expect(createThreeYearPlan(office(), { cycleId: cycle.id, title: "再来一个" })).rejects.toMatchObject({ status: 409 });
  });
});

describe("the plan routes", () => {
  it("GET /plans answers the overview; PATCH /plans/actions/{id} saves, then answers 409 with both versions for a stale one; DELETE removes it", async () => {
    const token = (await createApiToken(office(), { name: "计划系统", role: "CITY_ADMIN", expiresInDays: 7 })).token;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const overview = await plansRoute.GET(new NextRequest("http://localhost/api/v1/plans", { headers }), { params: Promise.resolve({}) } as {
      params: Promise<Record<string, never>>;
    });
    expect(overview.status).toBe(200);
    const action = (await overview.json()).annualPlans[0].actions[1];
    const patch = (body: object) =>
      actionRoute.PATCH(new NextRequest(`http://localhost/api/v1/plans/actions/${action.id}`, { method: "PATCH", headers, body: JSON.stringify(body) }), {
        params: Promise.resolve({ id: action.id }),
      });
    const saved = await patch({ version: action.version, name: "乙行动（接口）", description: null });
    expect(saved.status).toBe(200);
    const stale = await patch({ version: action.version, name: "晚到的修改" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "VERSION_CONFLICT" }, current: { name: "乙行动（接口）" }, submitted: { name: "晚到的修改" } });
    const remove = (version: number) =>
      actionRoute.DELETE(new NextRequest(`http://localhost/api/v1/plans/actions/${action.id}?version=${version}`, { method: "DELETE", headers }), {
        params: Promise.resolve({ id: action.id }),
      });
    expect((await remove(action.version)).status).toBe(409);
    const removed = await remove(action.version + 1);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ id: action.id, deleted: true });
  });
});
