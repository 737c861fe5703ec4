import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { correctCheck } from "@/lib/server/checks/correct-check";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";
import { markDispatched } from "@/lib/server/findings/mark-dispatched";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { getChecklist } from "@/lib/server/rounds/get-checklist";
import { startRound } from "@/lib/server/rounds/start-round";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

let w: RoundsWorld;
let roundId: string;
let assignedRoundId: string;
beforeAll(async () => {
  w = await createRoundsWorld();
  const period = { periodStart: "2026-03-01", periodEnd: "2026-03-31" };
  const open = await createRound(w.office.actor, {
    name: "检查",
    kind: "WEEKLY",
    ...period,
    siteIds: [...w.markets, ...w.lanes].map((s) => s.id),
    criterionCodes: ["R-4"],
  });
  await startRound(w.office.actor, { id: open.id });
  roundId = open.id;
  const assigned = await createRound(w.office.actor, {
    name: "分配",
    kind: "WEEKLY",
    ...period,
    siteIds: [w.markets[0].id, w.markets[1].id],
    inspectorIds: [w.inspectorA.user.id, w.inspectorB.user.id],
  });
  await startRound(w.office.actor, { id: assigned.id });
  assignedRoundId = assigned.id;
});

let keys = 0;
const key = () => `key-${++keys}-${Math.random().toString(36).slice(2)}`;

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { status: number; code: string; fieldErrors?: Record<string, string[]>; details?: { check?: { id: string } } }) => error,
  );
}

describe("submitting a check", () => {
  it("saves it once: 201, the same clientKey returns it and writes nothing, another key for the same item is CHECK_EXISTS", async () => {
    const clientKey = key();
    const input = {
      roundId,
      clientKey,
      criterionId: w.criterion["R-2"].id,
      siteId: w.markets[0].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
      note: "整洁",
    };
    const first = await submitCheck(w.inspectorA.actor, { ...input, latitude: 30.5, longitude: 114.25, capturedAt: "2026-03-05T09:30:00+08:00" });
    expect(first.created).toBe(true);
    expect(first.check).toMatchObject({
      clientKey,
      roundId,
      siteId: w.markets[0].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
      latitude: "30.5",
      longitude: "114.25",
      capturedAt: "2026-03-05T01:30:00.000Z",
      inspector: { id: w.inspectorA.user.id, name: w.inspectorA.user.name },
      photos: [],
      finding: null,
      version: 1,
    });
    // A field check counts for the site's responsible unit (primary) and the criterion's lead department.
    expect(first.check.departments).toEqual([
      { id: w.zj.id, name: "市住建局", isPrimary: true },
      { id: w.cg.id, name: "市城管局", isPrimary: false },
    ]);
    const audits = await db().auditLog.count({ where: { entityId: first.check.id } });
    const again = await submitCheck(w.inspectorA.actor, { ...input, outcome: { pass: false } });
    expect(again).toEqual({ check: first.check, created: false });
    expect(await db().auditLog.count({ where: { entityId: first.check.id } })).toBe(audits);
    const rival = await refusal(submitCheck(w.inspectorB.actor, { ...input, clientKey: key() }));
    expect(rival).toMatchObject({ status: 409, code: "CHECK_EXISTS", details: { check: { id: first.check.id } } });
  });

  it("leaves one check when the same clientKey is sent 10 times at once", async () => {
    const input = {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-3"].id,
      siteId: w.lanes[0].id,
      visitStatus: "INSPECTED",
      outcome: { value: "97.5" },
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => submitCheck(w.inspectorA.actor, input)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.check.id)).size).toBe(1);
    expect(await db().check.count({ where: { roundId, clientKey: input.clientKey } })).toBe(1);
    expect(results[0].check.outcome).toEqual({ value: "97.5" });
  });

  it("a desk check needs no site and counts for the lead (primary) and co-departments", async () => {
    const { check } = await submitCheck(w.office.actor, {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-4"].id,
      visitStatus: "INSPECTED",
      outcome: { grade: "A" },
    });
    expect(check.siteId).toBeNull();
    expect(check.departments).toEqual([
      { id: w.wm.id, name: "市文明办", isPrimary: true },
      { id: w.zj.id, name: "市住建局", isPrimary: false },
    ]);
    const second = await refusal(
      submitCheck(w.office.actor, { roundId, clientKey: key(), criterionId: w.criterion["R-4"].id, visitStatus: "INSPECTED", outcome: { grade: "B" } }),
    );
    expect(second.code).toBe("CHECK_EXISTS");
  });

  it("refuses an outcome that does not fit the rubric, a missing or superfluous outcome, naming `outcome`", async () => {
    const base = { roundId, criterionId: w.criterion["R-1"].id, siteId: w.markets[1].id };
    for (const outcome of [{ pass: true }, { grade: "A" }, { findings: -1 }, { findings: 1, pass: true }, "x"]) {
      const error = await refusal(submitCheck(w.office.actor, { ...base, clientKey: key(), visitStatus: "INSPECTED", outcome }));
      expect(error.status, JSON.stringify(outcome)).toBe(422);
      expect(Object.keys(error.fieldErrors!)).toContain("outcome");
    }
    const badGrade = await refusal(
      submitCheck(w.office.actor, { roundId, clientKey: key(), criterionId: w.criterion["R-4"].id, visitStatus: "INSPECTED", outcome: { grade: "E" } }),
    );
    expect(badGrade.fieldErrors).toHaveProperty("outcome");
    expect((await refusal(submitCheck(w.office.actor, { ...base, clientKey: key(), visitStatus: "INSPECTED" }))).fieldErrors).toHaveProperty("outcome");
    expect(
      (await refusal(submitCheck(w.office.actor, { ...base, clientKey: key(), visitStatus: "REFUSED", outcome: { findings: 0 } }))).fieldErrors,
    ).toHaveProperty("outcome");
    // A criterion not inspected at the site's type, a field criterion without a site, a desk criterion with one.
    expect(
      (await refusal(submitCheck(w.office.actor, { ...base, criterionId: w.criterion["R-3"].id, clientKey: key(), visitStatus: "REFUSED" }))).fieldErrors,
    ).toHaveProperty("criterionId");
    expect((await refusal(submitCheck(w.office.actor, { ...base, siteId: undefined, clientKey: key(), visitStatus: "REFUSED" }))).fieldErrors).toHaveProperty(
      "siteId",
    );
    expect(
      (await refusal(submitCheck(w.office.actor, { ...base, criterionId: w.criterion["R-4"].id, clientKey: key(), visitStatus: "REFUSED" }))).fieldErrors,
    ).toHaveProperty("siteId");
    expect(await db().check.count({ where: { roundId, siteId: w.markets[1].id, criterionId: w.criterion["R-1"].id } })).toBe(0);
  });

  it("keeps an inspector to its own sites and city, a liaison out, and takes checks only while the round runs", async () => {
    const onB = { roundId: assignedRoundId, criterionId: w.criterion["R-2"].id, visitStatus: "NOT_INSPECTABLE", note: "施工围挡" };
    const sites = await db().roundSite.findMany({ where: { roundId: assignedRoundId } });
    const siteOfB = sites.find((site) => site.inspectorId === w.inspectorB.user.id)!.siteId;
    expect((await refusal(submitCheck(w.inspectorA.actor, { ...onB, clientKey: key(), siteId: siteOfB }))).status).toBe(403);
    expect((await submitCheck(w.inspectorB.actor, { ...onB, clientKey: key(), siteId: siteOfB })).check).toMatchObject({
      visitStatus: "NOT_INSPECTABLE",
      outcome: null,
      note: "施工围挡",
    });
    expect((await refusal(submitCheck(w.otherInspector.actor, { ...onB, clientKey: key(), siteId: siteOfB }))).status).toBe(404);
    expect((await refusal(submitCheck(w.liaison.actor, { ...onB, clientKey: key(), siteId: siteOfB }))).status).toBe(403);
    // A site the office leaves to nobody may be checked by any inspector of the city.
    const siteOfA = sites.find((site) => site.inspectorId === w.inspectorA.user.id)!.siteId;
    await db().roundSite.update({ where: { roundId_siteId: { roundId: assignedRoundId, siteId: siteOfA } }, data: { inspectorId: null } });
    expect((await submitCheck(w.inspectorB.actor, { ...onB, clientKey: key(), siteId: siteOfA })).created).toBe(true);
    const planned = await createRound(w.office.actor, {
      name: "未开始",
      kind: "WEEKLY",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      siteIds: [w.markets[2].id],
    });
    const notRunning = await refusal(submitCheck(w.office.actor, { ...onB, roundId: planned.id, clientKey: key(), siteId: w.markets[2].id }));
    expect(notRunning).toMatchObject({ status: 409, code: "ROUND_NOT_IN_PROGRESS" });
  });
});

describe("the finding a check opens", () => {
  it("opens exactly one for a check that loses points, to its primary department, due the check's date plus the window", async () => {
    await db().cityCriterionSetting.upsert({
      where: { cityId_criterionId: { cityId: w.city.id, criterionId: w.criterion["R-1"].id } },
      create: { cityId: w.city.id, criterionId: w.criterion["R-1"].id, rectificationDays: 3 },
      update: { rectificationDays: 3 },
    });
    const { check } = await submitCheck(w.inspectorA.actor, {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-1"].id,
      siteId: w.markets[2].id,
      visitStatus: "INSPECTED",
      outcome: { findings: 1 },
      note: "摊位外溢",
    });
    expect(check.finding).toMatchObject({ status: "OPEN" });
    const finding = await db().finding.findUniqueOrThrow({ where: { id: check.finding!.id } });
    expect(finding).toMatchObject({
      origin: "CHECK",
      checkId: check.id,
      roundId,
      siteId: w.markets[2].id,
      criterionId: w.criterion["R-1"].id,
      departmentId: w.zj.id,
      description: "摊位外溢",
    });
    expect(finding.dueDate.toISOString().slice(0, 10)).toBe(addDays(todayInShanghai(), 3));

    // A threshold check below target opens one; passes and refusals open none.
    const below = await submitCheck(w.inspectorA.actor, {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-3"].id,
      siteId: w.lanes[1].id,
      visitStatus: "INSPECTED",
      outcome: { value: 90 },
    });
    expect(below.check.finding).not.toBeNull();
    const passed = await submitCheck(w.inspectorA.actor, {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-2"].id,
      siteId: w.lanes[1].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
    });
    expect(passed.check.finding).toBeNull();
    expect(await db().finding.count({ where: { checkId: { in: [check.id, below.check.id, passed.check.id] } } })).toBe(2);
  });

  it("is dispatched at once when the city turns auto-dispatch on", async () => {
    await db().city.update({ where: { id: w.city.id }, data: { autoDispatchFindings: true } });
    try {
      const { check } = await submitCheck(w.inspectorA.actor, {
        roundId,
        clientKey: key(),
        criterionId: w.criterion["R-2"].id,
        siteId: w.lanes[2].id,
        visitStatus: "INSPECTED",
        outcome: { pass: false },
      });
      expect(check.finding).toMatchObject({ status: "DISPATCHED" });
      expect(await db().rectificationEvent.count({ where: { findingId: check.finding!.id, kind: "DISPATCHED" } })).toBe(1);
    } finally {
      await db().city.update({ where: { id: w.city.id }, data: { autoDispatchFindings: false } });
    }
  });

  it("cannot open a finding for a desk criterion without a lead department in the city (409, nothing saved)", async () => {
    await db().cityCriterionDepartment.deleteMany({ where: { cityId: w.city.id, criterionId: w.criterion["R-4"].id } });
    const round = await createRound(w.office.actor, {
      name: "无牵头",
      kind: "WEEKLY",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      criterionCodes: ["R-4"],
    });
    await startRound(w.office.actor, { id: round.id });
    const clientKey = key();
    const refused = await refusal(
      submitCheck(w.office.actor, { roundId: round.id, clientKey, criterionId: w.criterion["R-4"].id, visitStatus: "INSPECTED", outcome: { grade: "C" } }),
    );
    expect(refused.status).toBe(409);
    expect(await db().check.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("correcting a check", () => {
  const freshRound = async (name: string) => {
    const round = await createRound(w.office.actor, {
      name,
      kind: "WEEKLY",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      siteIds: w.markets.map((site) => site.id),
    });
    await startRound(w.office.actor, { id: round.id });
    return round.id;
  };

  it("to full points tells the department it need not rectify a finding it already had, and says nothing of one never dispatched", async () => {
    const withdrawRound = await freshRound("撤销通知");
    const lossAt = async (siteId: string) =>
      (
        await submitCheck(w.inspectorA.actor, {
          roundId: withdrawRound,
          clientKey: key(),
          criterionId: w.criterion["R-1"].id,
          siteId,
          visitStatus: "INSPECTED",
          outcome: { findings: 1 },
        })
      ).check;
    const withdrawnNotices = () => db().notification.findMany({ where: { userId: w.liaison.user.id, kind: "FINDING_WITHDRAWN" } });
    const before = (await withdrawnNotices()).length;

    const dispatched = await lossAt(w.markets[0].id);
    await dispatchFindings(w.office.actor, { ids: [dispatched.finding!.id] });
    await correctCheck(w.inspectorA.actor, { id: dispatched.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 } });
    const notices = await withdrawnNotices();
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toMatchObject({ cityId: w.city.id, link: `/findings/${dispatched.finding!.id}`, title: expect.stringContaining("问题已撤销") });

    const neverDispatched = await lossAt(w.markets[1].id);
    await correctCheck(w.inspectorA.actor, { id: neverDispatched.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 } });
    expect(await withdrawnNotices()).toHaveLength(before + 1);
  });

  it("leaves a finding that stopped being OPEN before the dispatch wrote alone: no event, no notice", async () => {
    const { check } = await submitCheck(w.inspectorA.actor, {
      roundId: await freshRound("交办竞争"),
      clientKey: key(),
      criterionId: w.criterion["R-1"].id,
      siteId: w.markets[2].id,
      visitStatus: "INSPECTED",
      outcome: { findings: 1 },
    });
    const finding = await db().finding.findUniqueOrThrow({ where: { id: check.finding!.id } });
    // The office read it OPEN; the check was corrected to full points before the dispatch wrote.
    await correctCheck(w.inspectorA.actor, { id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 } });
    const moved = await db().$transaction((tx) => markDispatched(tx as never, w.office.actor, [finding]));
    expect(moved).toEqual([]);
    expect(await db().finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ status: "WITHDRAWN" });
    expect(await db().rectificationEvent.count({ where: { findingId: finding.id, kind: "DISPATCHED" } })).toBe(0);
    expect(await db().notification.count({ where: { kind: "FINDING_DISPATCHED", link: `/findings/${finding.id}` } })).toBe(0);
  });

  it("to full points withdraws its open finding, back to a loss opens a new one; a stale version and a closed round are 409", async () => {
    const { check } = await submitCheck(w.inspectorA.actor, {
      roundId,
      clientKey: key(),
      criterionId: w.criterion["R-1"].id,
      siteId: w.markets[3].id,
      visitStatus: "INSPECTED",
      outcome: { findings: 2 },
    });
    const firstFinding = check.finding!.id;
    const full = await correctCheck(w.inspectorA.actor, { id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 } });
    expect(full).toMatchObject({ outcome: { findings: 0 }, version: 2, finding: { id: firstFinding, status: "WITHDRAWN" } });
    expect(await db().finding.findUniqueOrThrow({ where: { id: firstFinding } })).toMatchObject({ status: "WITHDRAWN", withdrawnAt: expect.any(Date) });
    expect(await db().rectificationEvent.count({ where: { findingId: firstFinding, kind: "WITHDRAWN" } })).toBe(1);

    const loss = await correctCheck(w.inspectorA.actor, { id: check.id, version: 2, visitStatus: "INSPECTED", outcome: { findings: 1 }, note: "又有" });
    expect(loss.finding).toMatchObject({ status: "OPEN" });
    expect(loss.finding!.id).not.toBe(firstFinding);
    // Omitted fields keep their values.
    const noted = await correctCheck(w.inspectorA.actor, { id: check.id, version: 3, note: "补充说明" });
    expect(noted).toMatchObject({ visitStatus: "INSPECTED", outcome: { findings: 1 }, note: "补充说明", version: 4, finding: { id: loss.finding!.id } });
    const refused = await correctCheck(w.inspectorA.actor, { id: check.id, version: 4, visitStatus: "REFUSED" });
    expect(refused).toMatchObject({ visitStatus: "REFUSED", outcome: null, note: "补充说明", finding: { status: "WITHDRAWN" } });
    expect((await refusal(correctCheck(w.inspectorA.actor, { id: check.id, version: 5, visitStatus: "INSPECTED" }))).fieldErrors).toHaveProperty("outcome");
    await correctCheck(w.inspectorA.actor, { id: check.id, version: 5, visitStatus: "INSPECTED", outcome: { findings: 3 } });
    const stale = await refusal(correctCheck(w.inspectorA.actor, { id: check.id, version: 1, visitStatus: "REFUSED" }));
    expect(stale).toMatchObject({ status: 409, code: "VERSION_CONFLICT" });
    expect(
      (await refusal(correctCheck(w.inspectorA.actor, { id: check.id, version: 6, visitStatus: "INSPECTED", outcome: { pass: true } }))).fieldErrors,
    ).toHaveProperty("outcome");
    expect((await refusal(correctCheck(w.otherOffice.actor, { id: check.id, version: 6, visitStatus: "REFUSED" }))).status).toBe(404);
  });

  it("is refused once the round is closed", async () => {
    const round = await createRound(w.office.actor, {
      name: "将结束",
      kind: "WEEKLY",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      siteIds: [w.lanes[0].id],
    });
    await startRound(w.office.actor, { id: round.id });
    const { check } = await submitCheck(w.office.actor, {
      roundId: round.id,
      clientKey: key(),
      criterionId: w.criterion["R-2"].id,
      siteId: w.lanes[0].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
    });
    await closeRound(w.office.actor, { id: round.id });
    // A retry of a check the phone never heard back about is still answered with it.
    const replay = await submitCheck(w.office.actor, {
      roundId: round.id,
      clientKey: check.clientKey,
      criterionId: w.criterion["R-2"].id,
      siteId: w.lanes[0].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
    });
    expect(replay).toMatchObject({ created: false, check: { id: check.id } });
    expect(await refusal(correctCheck(w.office.actor, { id: check.id, version: 1, visitStatus: "REFUSED" }))).toMatchObject({
      status: 409,
      code: "ROUND_NOT_IN_PROGRESS",
    });
  });
});

describe("the checklist", () => {
  it("lists a site's applicable criteria with their checks and the calculator's rubric, and the desk criteria without a site", async () => {
    const items = await getChecklist(w.inspectorA.actor, roundId, w.markets[0].id);
    expect(items.map((item) => item.criterion.code)).toEqual(["R-1", "R-2"]);
    expect(items[0].criterion).toMatchObject({ points: "4", rubric: { kind: "DEDUCT", perFinding: 0.5, cap: 2 } });
    expect(items[1].criterion.rubric).toEqual({ kind: "PASS_FAIL" });
    expect(items[1].check).toMatchObject({ outcome: { pass: true } });
    const desk = await getChecklist(w.office.actor, roundId, null);
    expect(desk.map((item) => item.criterion.code)).toEqual(["R-4"]);
    expect(desk[0].criterion.rubric).toEqual({ kind: "GRADED" });
    expect((await refusal(getChecklist(w.otherInspector.actor, roundId, w.markets[0].id))).status).toBe(404);
    expect((await refusal(getChecklist(w.office.actor, roundId, w.schools[0].id))).status).toBe(404);
  });
});
