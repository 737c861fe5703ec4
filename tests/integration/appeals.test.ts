import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { answerAppeal } from "@/lib/server/appeals/answer-appeal";
import { assertNoOpenAppeals } from "@/lib/server/appeals/assert-no-open-appeals";
import { fileAppeal } from "@/lib/server/appeals/file-appeal";
import { getDraftResultForDepartment } from "@/lib/server/appeals/get-draft-result";
import { listAppealRounds } from "@/lib/server/appeals/list-appeal-rounds";
import { listAppeals } from "@/lib/server/appeals/list-appeals";
import { getRoundScores } from "@/lib/server/scoring/get-round-scores";
import type { Tx } from "@/lib/server/tx";
import * as appealsRoute from "@/app/api/v1/appeals/route";
import * as answerRoute from "@/app/api/v1/appeals/[id]/answer/route";
import * as fileRoute from "@/app/api/v1/rounds/[roundId]/appeals/route";
import * as draftRoute from "@/app/api/v1/rounds/[roundId]/draft-result/route";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createRound } from "@/tests/factories/inspection";
import { createSite } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";
import { insertPublicationOfRound } from "@/tests/support/publication-snapshots";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

const DAY = 24 * 3600 * 1000;
let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const city = await createCity(db(), { appealDays: 3 });
  const a = await createDepartment(db(), { cityId: city.id, name: "市城管局" });
  const b = await createDepartment(db(), { cityId: city.id, name: "市住建局" });
  const { edition, criteria } = await createEditionFromTree(db());
  await createCycle(db(), { cityId: city.id, editionId: edition.id, isCurrent: true });
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
  const liaisonA = await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: city.id, departmentId: a.id });
  const liaisonB = await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: city.id, departmentId: b.id });
  const otherOffice = await createUser(db(), { role: "CITY_ADMIN" });
  const supervisor = await createUser(db(), { role: "PROVINCE_SUPERVISOR", provinceId: city.provinceId });
  const closedRound = async (closedAt: Date | null, status: "CLOSED" | "IN_PROGRESS" = "CLOSED") => {
    const round = await createRound(db(), { cityId: city.id, editionId: edition.id, createdById: office.user.id, status });
    await db().inspectionRound.update({ where: { id: round.id }, data: { closedAt } });
    const criterion = criteria.find((row) => row.rubricKind === "DEDUCT" || row.rubricKind === "PASS_FAIL") ?? criteria[0];
    const at = async (departmentId: string) => (await createSite(db(), { cityId: city.id, responsibleDepartmentId: departmentId })).id;
    // Only the outcome column the criterion's rubric reads (the engine refuses any other).
    const outcome = (passed: boolean) =>
      criterion.rubricKind === "DEDUCT" ? { findingCount: passed ? 0 : 3 } : criterion.rubricKind === "GRADED" ? { grade: passed ? "A" : "D" } : { passed };
    await createCheck(db(), { round, criterionId: criterion.id, inspectorId: office.user.id, departmentIds: [a.id], siteId: await at(a.id), ...outcome(true) });
    await createCheck(db(), {
      round,
      criterionId: criterion.id,
      inspectorId: office.user.id,
      departmentIds: [b.id],
      siteId: await at(b.id),
      ...outcome(false),
    });
    return round;
  };
  return { city, a, b, edition, office, liaisonA, liaisonB, otherOffice, supervisor, closedRound };
}

beforeAll(async () => {
  world = await buildWorld();
});

const reason = "第3处点位整改已于检查前完成，有照片为证";

describe("filing an appeal", () => {
  it("is open to the liaison during the window, for its own department, and tells the office", async () => {
    const round = await world.closedRound(new Date());
    const appeal = await fileAppeal(world.liaisonA.actor, { roundId: round.id, reason });
    expect(appeal).toMatchObject({
      status: "OPEN",
      department: { id: world.a.id, name: "市城管局" },
      round: { id: round.id },
      reason,
      answer: null,
      version: 1,
    });
    const notices = await db().notification.findMany({ where: { userId: world.office.user.id, kind: "APPEAL_FILED" } });
    expect(notices.map((notice) => notice.link)).toContain(`/rounds/${round.id}#appeals`);
    expect(await db().auditLog.count({ where: { action: "appeal.file", entityId: appeal.id } })).toBe(1);
  });

  it("is refused after the window (the Shanghai day it closed + appealDays), before the round closes, and once published", async () => {
    const late = await world.closedRound(new Date(Date.now() - 5 * DAY));
    await expect(fileAppeal(world.liaisonA.actor, { roundId: late.id, reason })).rejects.toMatchObject({ status: 409, code: "APPEAL_WINDOW_CLOSED" });
    const open = await world.closedRound(null, "IN_PROGRESS");
    await expect(fileAppeal(world.liaisonA.actor, { roundId: open.id, reason })).rejects.toMatchObject({ status: 409, code: "ROUND_NOT_CLOSED" });
    const published = await world.closedRound(new Date());
    await publishDirectly(published.id);
    await expect(fileAppeal(world.liaisonA.actor, { roundId: published.id, reason })).rejects.toMatchObject({ status: 409, code: "ROUND_PUBLISHED" });
  });

  it("is refused with 409 when the city has appeals off (appealDays 0)", async () => {
    const city = await createCity(db());
    const department = await createDepartment(db(), { cityId: city.id });
    const liaison = await createUser(db(), { role: "DEPARTMENT_LIAISON", cityId: city.id, departmentId: department.id });
    const round = await createRound(db(), { cityId: city.id, editionId: world.edition.id, createdById: world.office.user.id, status: "CLOSED" });
    await db().inspectionRound.update({ where: { id: round.id }, data: { closedAt: new Date() } });
    await expect(fileAppeal(liaison.actor, { roundId: round.id, reason })).rejects.toMatchObject({
      status: 409,
      code: "APPEALS_OFF",
      message: "本市未开启申诉期。",
    });
  });

  it("needs a reason of 5 to 1000 characters (422 on reason, in Chinese)", async () => {
    const round = await world.closedRound(new Date());
    await expect(fileAppeal(world.liaisonA.actor, { roundId: round.id, reason: "太低" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { reason: ["申诉理由至少 5 个字"] },
    });
    await expect(fileAppeal(world.liaisonA.actor, { roundId: round.id, reason: "长".repeat(1001) })).rejects.toMatchObject({
      fieldErrors: { reason: ["申诉理由不能超过 1000 字"] },
    });
  });

  it("is not found in another city, and forbidden to roles that do not appeal", async () => {
    const round = await world.closedRound(new Date());
    const stranger = await createUser(db(), { role: "DEPARTMENT_LIAISON" });
    await expect(fileAppeal(stranger.actor, { roundId: round.id, reason })).rejects.toMatchObject({ status: 404 });
    await expect(fileAppeal(world.office.actor, { roundId: round.id, reason })).rejects.toMatchObject({ status: 403 });
  });
});

describe("answering", () => {
  it("records the answer, tells the department's liaisons, and stops holding publishing back", async () => {
    const round = await world.closedRound(new Date());
    const appeal = await fileAppeal(world.liaisonB.actor, { roundId: round.id, reason });
    await expect(inTx((tx) => assertNoOpenAppeals(tx, round.id))).rejects.toMatchObject({ status: 409, code: "APPEALS_OPEN" });
    const answered = await answerAppeal(world.office.actor, { id: appeal.id, answer: "经复核，扣分依据充分，维持原结果。", version: 1 });
    expect(answered).toMatchObject({ status: "ANSWERED", answer: "经复核，扣分依据充分，维持原结果。", version: 2 });
    expect(answered.answeredAt).not.toBeNull();
    await expect(inTx((tx) => assertNoOpenAppeals(tx, round.id))).resolves.toBeUndefined();
    const notices = await db().notification.findMany({ where: { userId: world.liaisonB.user.id, kind: "APPEAL_ANSWERED" } });
    expect(notices).toHaveLength(1);
  });

  it("names the version it read (stale → 409 with both), needs an answer, and is the office's of the city only", async () => {
    const round = await world.closedRound(new Date());
    const appeal = await fileAppeal(world.liaisonA.actor, { roundId: round.id, reason });
    await answerAppeal(world.office.actor, { id: appeal.id, answer: "已复核", version: 1 });
    await expect(answerAppeal(world.office.actor, { id: appeal.id, answer: "再次答复", version: 1 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
    });
    await expect(answerAppeal(world.office.actor, { id: appeal.id, answer: "  " })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { answer: ["请填写答复"] },
    });
    await expect(answerAppeal(world.otherOffice.actor, { id: appeal.id, answer: "越权答复" })).rejects.toMatchObject({ status: 404 });
    await expect(answerAppeal(world.liaisonA.actor, { id: appeal.id, answer: "自己答复" })).rejects.toMatchObject({ status: 403 });
  });
});

describe("reading appeals", () => {
  it("shows the office its city's and a liaison only its own department's", async () => {
    const round = await world.closedRound(new Date());
    const mine = await fileAppeal(world.liaisonA.actor, { roundId: round.id, reason });
    const theirs = await fileAppeal(world.liaisonB.actor, { roundId: round.id, reason });
    const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();
    expect(ids((await listAppeals(world.office.actor, { roundId: round.id })).items)).toEqual([mine.id, theirs.id].sort());
    expect(ids((await listAppeals(world.liaisonA.actor, { roundId: round.id })).items)).toEqual([mine.id]);
    expect((await listAppeals(world.otherOffice.actor, { roundId: round.id })).items).toEqual([]);
    await answerAppeal(world.office.actor, { id: theirs.id, answer: "维持" });
    expect(ids((await listAppeals(world.office.actor, { roundId: round.id, status: "OPEN" })).items)).toEqual([mine.id]);
    await expect(listAppeals(world.supervisor.actor)).rejects.toMatchObject({ status: 403 });
  });
});

describe("the draft result", () => {
  it("gives the liaison its own department's figures during the window, equal to the engine's", async () => {
    const round = await world.closedRound(new Date());
    const draft = await getDraftResultForDepartment(world.liaisonA.actor, round.id);
    const engine = await getRoundScores(world.office.actor, round.id);
    const { name, ...figures } = engine.departments.find((department) => department.name === "市城管局")!;
    expect(draft.department).toEqual({ name, ...figures });
    expect(draft.rankedCount).toBe(engine.departments.filter((department) => department.rank !== null).length);
    expect(JSON.stringify(draft)).not.toContain("市住建局");
  });

  it("is not found outside the window, unless the department's appeal still waits for an answer, and never once published", async () => {
    const round = await world.closedRound(new Date());
    const appeal = await fileAppeal(world.liaisonA.actor, { roundId: round.id, reason });
    const later = new Date(Date.now() + 10 * DAY);
    await expect(getDraftResultForDepartment(world.liaisonA.actor, round.id, later)).resolves.toMatchObject({ department: { name: "市城管局" } });
    await expect(getDraftResultForDepartment(world.liaisonB.actor, round.id, later)).rejects.toMatchObject({ status: 404 });
    await answerAppeal(world.office.actor, { id: appeal.id, answer: "维持" });
    await expect(getDraftResultForDepartment(world.liaisonA.actor, round.id, later)).rejects.toMatchObject({ status: 404 });
    await publishDirectly(round.id);
    await expect(getDraftResultForDepartment(world.liaisonA.actor, round.id)).rejects.toMatchObject({ status: 404 });
  });

  it("is for liaisons of the city only: another city's is not found, the office is refused", async () => {
    const round = await world.closedRound(new Date());
    const stranger = await createUser(db(), { role: "DEPARTMENT_LIAISON" });
    await expect(getDraftResultForDepartment(stranger.actor, round.id)).rejects.toMatchObject({ status: 404 });
    await expect(getDraftResultForDepartment(world.office.actor, round.id)).rejects.toMatchObject({ status: 403 });
  });

  it("lists the rounds in their window on the liaison's card, with its appeals", async () => {
    const round = await world.closedRound(new Date());
    const late = await world.closedRound(new Date(Date.now() - 6 * DAY));
    const appeal = await fileAppeal(world.liaisonA.actor, { roundId: round.id, reason });
    const card = await listAppealRounds(world.liaisonA.actor);
    const entry = card.find((item) => item.draft.round.id === round.id);
    expect(entry?.isWindowOpen).toBe(true);
    expect(entry?.appeals.map((item) => item.id)).toEqual([appeal.id]);
    expect(card.some((item) => item.draft.round.id === late.id)).toBe(false);
    expect(await listAppealRounds(world.office.actor)).toEqual([]);
  });
});

describe("the appeals API", () => {
  it("files (201), lists, answers and reads the draft result", async () => {
    const round = await world.closedRound(new Date());
    const token = (await createApiToken(world.office.actor, { name: "部门", role: "DEPARTMENT_LIAISON", departmentId: world.a.id, expiresInDays: 1 })).token;
    const officeToken = (await createApiToken(world.office.actor, { name: "办公室", role: "CITY_ADMIN", expiresInDays: 1 })).token;
    const call = (bearer: string, path: string, init: { method?: string; body?: unknown } = {}) =>
      new NextRequest(`http://localhost${path}`, {
        method: init.method ?? "GET",
        headers: { authorization: `Bearer ${bearer}`, ...(init.body ? { "content-type": "application/json" } : {}) },
        body: init.body ? JSON.stringify(init.body) : undefined,
      });
    const filed = await fileRoute.POST(call(token, `/api/v1/rounds/${round.id}/appeals`, { method: "POST", body: { reason } }), {
      params: Promise.resolve({ roundId: round.id }),
    });
    expect(filed.status).toBe(201);
    const appeal = await filed.json();
    const list = await appealsRoute.GET(call(officeToken, `/api/v1/appeals?roundId=${round.id}`), { params: Promise.resolve({}) });
    expect(await list.json()).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: appeal.id }] });
    const answered = await answerRoute.POST(
      call(officeToken, `/api/v1/appeals/${appeal.id}/answer`, { method: "POST", body: { answer: "维持", version: 1 } }),
      {
        params: Promise.resolve({ id: appeal.id }),
      },
    );
    expect(answered.status).toBe(200);
    const draft = await draftRoute.GET(call(token, `/api/v1/rounds/${round.id}/draft-result`), { params: Promise.resolve({ roundId: round.id }) });
    expect(draft.status).toBe(200);
  });
});

async function inTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => fn(tx as Tx));
}

async function publishDirectly(roundId: string) {
  await insertPublicationOfRound(db(), { roundId, publishedById: world.office.user.id, title: "测试通报" });
}
