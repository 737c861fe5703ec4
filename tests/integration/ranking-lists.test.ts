import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createRankingList } from "@/lib/server/ranking-lists/create-ranking-list";
import { deleteRankingList } from "@/lib/server/ranking-lists/delete-ranking-list";
import { listRankingLists } from "@/lib/server/ranking-lists/list-ranking-lists";
import { reorderRankingLists } from "@/lib/server/ranking-lists/reorder-ranking-lists";
import { updateRankingList } from "@/lib/server/ranking-lists/update-ranking-list";
import { createCycle } from "@/tests/factories/cycle";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";

let s: CityScenario;
let cycleId: string;
let defaultListId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  const cycle = await createCycle(db(), { cityId: s.cityA.id, isCurrent: true });
  cycleId = cycle.id;
  defaultListId = cycle.rankingLists[0].id;
});

const streetList = (overrides: Record<string, unknown> = {}) => ({
  cycleId,
  name: `街道红黑榜${uniqueSuffix()}`,
  members: "BY_KIND",
  memberKind: "STREET_OFFICE",
  metric: "COMPOSITE",
  redCount: 2,
  blackCount: 1,
  blackThreshold: "85",
  ...overrides,
});

describe("createRankingList", () => {
  it("adds a list at the end of the cycle's order and audits it", async () => {
    const row = await createRankingList(s.actors.cityAdminA, streetList({ blackThreshold: 84.5 }));
    expect(row).toMatchObject({
      cityId: s.cityA.id,
      cycleId,
      isDefault: false,
      memberKind: "STREET_OFFICE",
      blackThreshold: "84.50",
      version: 1,
      departments: [],
    });
    expect(row.sortOrder).toBeGreaterThan(0);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "ranking-list.create" } });
    expect(entry).toMatchObject({ cityId: s.cityA.id, actorId: s.actors.cityAdminA.id, before: null });
  });

  it("keeps a chosen set of the city's departments", async () => {
    const row = await createRankingList(
      s.actors.cityAdminA,
      streetList({ members: "CHOSEN", memberKind: null, departmentIds: [s.departmentA1.id, s.departmentA2.id], metric: "RECTIFICATION" }),
    );
    expect(row.departments.map((d) => d.id).sort()).toEqual([s.departmentA1.id, s.departmentA2.id].sort());
    expect(row.metric).toBe("RECTIFICATION");
  });

  it("refuses a department of another city as not found", async () => {
    await expect(
      createRankingList(s.actors.cityAdminA, streetList({ members: "CHOSEN", departmentIds: [s.departmentA1.id, s.departmentB1.id] })),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("answers each bad field with a Chinese field error", async () => {
    await expect(
      createRankingList(s.actors.cityAdminA, streetList({ name: " ", redCount: 51, blackCount: -1, blackThreshold: "85.123", memberKind: null })),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: {
        name: ["请填写榜单名称"],
        redCount: ["红榜名额应为 0–50 的整数"],
        blackCount: ["黑榜名额应为 0–50 的整数"],
        blackThreshold: ["黑榜分数线应为 0–100 的数，最多两位小数"],
        memberKind: ["按单位类型选择成员时，请选择单位类型"],
      },
    });
    await expect(createRankingList(s.actors.cityAdminA, streetList({ blackThreshold: "100.01" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { blackThreshold: expect.any(Array) },
    });
    await expect(createRankingList(s.actors.cityAdminA, streetList({ members: "CHOSEN", departmentIds: [] }))).rejects.toMatchObject({
      fieldErrors: { departmentIds: ["请至少选择一个本市单位"] },
    });
  });

  it("keeps names unique in a cycle", async () => {
    await expect(createRankingList(s.actors.cityAdminA, streetList({ name: "综合红黑榜" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: ["本周期已有同名榜单"] },
    });
  });

  it("does not reach another city's cycle", async () => {
    await expect(createRankingList(s.actors.cityAdminB, streetList())).rejects.toMatchObject({ status: 404 });
  });
});

describe("updateRankingList", () => {
  it("edits the default list's name, counts and threshold but not its members or metric", async () => {
    const before = (await listRankingLists(s.actors.cityAdminA)).items.find((list) => list.id === defaultListId)!;
    const row = await updateRankingList(s.actors.cityAdminA, { id: defaultListId, version: before.version, redCount: 6, blackThreshold: "86.5" });
    expect(row).toMatchObject({ redCount: 6, blackCount: 3, blackThreshold: "86.50", members: "ALL", metric: "COMPOSITE", version: before.version + 1 });
    await expect(
      updateRankingList(s.actors.cityAdminA, { id: defaultListId, version: row.version, members: "BY_KIND", memberKind: "BUREAU" }),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { members: ["默认榜单的成员固定为全部单位"] },
    });
    await expect(updateRankingList(s.actors.cityAdminA, { id: defaultListId, version: row.version, metric: "INSPECTION" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { metric: ["默认榜单固定按综合得分排名"] },
    });
  });

  it("answers a stale version with 409 and both versions", async () => {
    const list = await createRankingList(s.actors.cityAdminA, streetList());
    await updateRankingList(s.actors.cityAdminA, { id: list.id, version: 1, redCount: 3 });
    await expect(updateRankingList(s.actors.cityAdminA, { id: list.id, version: 1, redCount: 4 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: expect.objectContaining({ version: 2, redCount: 3 }), submitted: expect.objectContaining({ version: 1 }) },
    });
  });

  it("checks the merged membership: CHOSEN needs departments, leaving CHOSEN clears them", async () => {
    const list = await createRankingList(s.actors.cityAdminA, streetList());
    await expect(updateRankingList(s.actors.cityAdminA, { id: list.id, version: 1, members: "CHOSEN" })).rejects.toMatchObject({
      fieldErrors: { departmentIds: ["请至少选择一个本市单位"] },
    });
    const chosen = await updateRankingList(s.actors.cityAdminA, { id: list.id, version: 1, members: "CHOSEN", departmentIds: [s.departmentA2.id] });
    expect(chosen).toMatchObject({ members: "CHOSEN", memberKind: null, departments: [{ id: s.departmentA2.id, name: s.departmentA2.name }] });
    const all = await updateRankingList(s.actors.cityAdminA, { id: list.id, version: 2, members: "ALL" });
    expect(all).toMatchObject({ members: "ALL", departments: [] });
    await expect(
      updateRankingList(s.actors.cityAdminA, { id: list.id, version: 3, members: "CHOSEN", departmentIds: [s.departmentB1.id] }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("refuses another city's list as not found", async () => {
    const list = await createRankingList(s.actors.cityAdminA, streetList());
    await expect(updateRankingList(s.actors.cityAdminB, { id: list.id, version: 1, redCount: 1 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("deleteRankingList", () => {
  it("deletes a list but never the default one", async () => {
    const list = await createRankingList(s.actors.cityAdminA, streetList({ members: "CHOSEN", departmentIds: [s.departmentA1.id] }));
    await deleteRankingList(s.actors.cityAdminA, { id: list.id, version: 1 });
    expect(await db().rankingList.findUnique({ where: { id: list.id } })).toBeNull();
    expect(await db().auditLog.count({ where: { entityId: list.id, action: "ranking-list.delete" } })).toBe(1);
    const current = (await listRankingLists(s.actors.cityAdminA)).items.find((item) => item.id === defaultListId)!;
    await expect(deleteRankingList(s.actors.cityAdminA, { id: defaultListId, version: current.version })).rejects.toMatchObject({ status: 409 });
  });

  it("answers a stale version with 409", async () => {
    const list = await createRankingList(s.actors.cityAdminA, streetList());
    await updateRankingList(s.actors.cityAdminA, { id: list.id, version: 1, blackCount: 2 });
    await expect(deleteRankingList(s.actors.cityAdminA, { id: list.id, version: 1 })).rejects.toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
  });
});

describe("reorderRankingLists", () => {
  it("puts every list of the cycle in the given order", async () => {
    const city = await createCityScenario(db());
    const cycle = await createCycle(db(), { cityId: city.cityA.id, isCurrent: true });
    const other = await createRankingList(city.actors.cityAdminA, streetList({ cycleId: cycle.id }));
    const { items } = await listRankingLists(city.actors.cityAdminA);
    expect(items.map((list) => list.id)).toEqual([cycle.rankingLists[0].id, other.id]);
    const reordered = await reorderRankingLists(city.actors.cityAdminA, {
      cycleId: cycle.id,
      lists: [...items].reverse().map(({ id, version }) => ({ id, version })),
    });
    expect(reordered.map((list) => [list.id, list.sortOrder])).toEqual([
      [other.id, 0],
      [cycle.rankingLists[0].id, 1],
    ]);
    // The versions read before the reorder are stale now.
    await expect(
      reorderRankingLists(city.actors.cityAdminA, { cycleId: cycle.id, lists: items.map(({ id, version }) => ({ id, version })) }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await expect(reorderRankingLists(city.actors.cityAdminA, { cycleId: cycle.id, lists: [{ id: other.id, version: 2 }] })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { lists: expect.any(Array) },
    });
    await expect(reorderRankingLists(s.actors.cityAdminA, { cycleId: cycle.id, lists: [{ id: other.id, version: 2 }] })).rejects.toMatchObject({ status: 404 });
  });
});

describe("listRankingLists", () => {
  it("reads the actor's current cycle, or a named cycle in scope", async () => {
    const { cycleId: current, items } = await listRankingLists(s.actors.inspectorA);
    expect(current).toBe(cycleId);
    expect(items[0]).toMatchObject({ id: defaultListId, isDefault: true, name: "综合红黑榜" });
    expect((await listRankingLists(s.actors.supervisor, { cycleId })).items.length).toBe(items.length);
    await expect(listRankingLists(s.actors.cityAdminB, { cycleId })).rejects.toMatchObject({ status: 404 });
  });
});
