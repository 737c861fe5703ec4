import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drawSample } from "@/lib/domain/rounds/draw-sample";
import { assignRoundInspector } from "@/lib/server/rounds/assign-round-inspector";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { mayCreateRounds } from "@/lib/server/rounds/may-create-rounds";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";
import { listRounds } from "@/lib/server/rounds/list-rounds";
import { reopenRound } from "@/lib/server/rounds/reopen-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { getRoundScoreInput, getRoundScores, scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { insertPublicationOfRound } from "@/tests/support/publication-snapshots";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

let w: RoundsWorld;
beforeAll(async () => {
  w = await createRoundsWorld();
});

const period = { periodStart: "2026-03-01", periodEnd: "2026-03-31" };
const sample = { seed: "2026-春", perType: { 集贸市场: 2, 背街小巷: 5, 学校周边: 3 } };

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { status: number; code: string; fieldErrors?: Record<string, string[]> }) => error,
  );
}

describe("creating a round", () => {
  it("draws reproducibly, only sites of inspected types, keeps seed, spec and draw, and defaults its criteria", async () => {
    const round = await createRound(w.office.actor, { name: "三月周督查", kind: "WEEKLY", ...period, sample, criterionCodes: ["R-4"] });
    expect(round).toMatchObject({ kind: "WEEKLY", status: "PLANNED", siteCount: 5, criterionCount: 4, sample, version: 1 });
    // 2 markets × (R-1, R-2) + 3 lanes × (R-2, R-3) + 1 desk criterion.
    expect(round.progress).toEqual({ done: 0, expected: 2 * 2 + 3 * 2 + 1 });
    const detail = await getRoundDetail(w.office.actor, round.id);
    const liveSites = [...w.markets, ...w.lanes, ...w.schools, w.closedMarket].map((site) => ({
      id: site.id,
      street: site.street,
      active: site.deletedAt === null,
      siteTypeName: w.markets.includes(site) || site === w.closedMarket ? "集贸市场" : w.lanes.includes(site) ? "背街小巷" : "学校周边",
    }));
    const expected = drawSample(sample, liveSites, new Set(["集贸市场", "背街小巷", "公交站点"]));
    expect(detail.drawnSiteIds).toEqual(expected);
    expect(detail.drawnSiteIds).not.toContain(w.closedMarket.id);
    expect(detail.drawnSiteIds).not.toContain(w.schools[0].id);
    expect(detail.criteria.map((criterion) => criterion.code)).toEqual(["R-1", "R-2", "R-3", "R-4"]);
    expect(detail.sites.map((site) => site.site.id)).toEqual(expected);
    expect(detail.sites.every((site) => site.inspector === null)).toBe(true);

    const again = await createRound(w.office.actor, { name: "同种子再抽", kind: "WEEKLY", ...period, sample });
    expect((await getRoundDetail(w.office.actor, again.id)).drawnSiteIds).toEqual(expected);
  });

  it("draws only in the streets named and shares the sites out among its inspectors in draw order", async () => {
    const round = await createRound(w.office.actor, {
      name: "西街道",
      kind: "MONTHLY",
      ...period,
      sample: { seed: "x", perType: { 集贸市场: 9, 背街小巷: 9 }, streets: ["西街道"] },
      inspectorIds: [w.inspectorA.user.id, w.inspectorB.user.id],
    });
    const detail = await getRoundDetail(w.office.actor, round.id);
    const west = [...w.markets, ...w.lanes].filter((site) => site.street === "西街道").map((site) => site.id);
    expect([...detail.drawnSiteIds].sort()).toEqual([...west].sort());
    const byId = new Map(detail.sites.map((site) => [site.site.id, site.inspector?.id]));
    expect(detail.drawnSiteIds.map((id) => byId.get(id))).toEqual(detail.drawnSiteIds.map((_, i) => [w.inspectorA.user.id, w.inspectorB.user.id][i % 2]));
  });

  it("takes named sites with the criteria of their types", async () => {
    const round = await createRound(w.office.actor, { name: "点名", kind: "SPECIAL", ...period, siteIds: [w.lanes[0].id] });
    expect(round).toMatchObject({ siteCount: 1, criterionCount: 2, sample: null, progress: { done: 0, expected: 2 } });
  });

  it("refuses invalid input with the field, another city's site or inspector as not found, and inspectors unless the city allows", async () => {
    const invalid = await refusal(
      createRound(w.office.actor, { name: "", kind: "WEEKLY", periodStart: "2026-03-31", periodEnd: "2026-03-01", siteIds: [w.lanes[0].id] }),
    );
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.fieldErrors!)).toEqual(expect.arrayContaining(["name", "periodEnd"]));
    const unknownCode = await refusal(
      createRound(w.office.actor, { name: "x", kind: "WEEKLY", ...period, siteIds: [w.lanes[0].id], criterionCodes: ["NOPE"] }),
    );
    expect(unknownCode).toMatchObject({ status: 422, fieldErrors: { criterionCodes: [expect.stringContaining("NOPE")] } });
    const unknownType = await refusal(
      createRound(w.office.actor, { name: "x", kind: "WEEKLY", ...period, sample: { seed: "s", perType: { 不存在的类型: 2 } } }),
    );
    expect(unknownType.fieldErrors).toHaveProperty(["sample.perType"]);
    expect((await refusal(createRound(w.otherOffice.actor, { name: "x", kind: "WEEKLY", ...period, siteIds: [w.lanes[0].id] }))).status).toBe(404);
    const foreignInspector = createRound(w.office.actor, {
      name: "x",
      kind: "WEEKLY",
      ...period,
      siteIds: [w.lanes[0].id],
      inspectorIds: [w.otherInspector.user.id],
    });
    expect((await refusal(foreignInspector)).status).toBe(404);
    expect((await refusal(createRound(w.inspectorA.actor, { name: "x", kind: "WEEKLY", ...period, siteIds: [w.lanes[0].id] }))).status).toBe(403);
    expect((await refusal(createRound(w.liaison.actor, { name: "x", kind: "WEEKLY", ...period, siteIds: [w.lanes[0].id] }))).status).toBe(403);
    // The 新建督查 page and button ask the same rule.
    expect([await mayCreateRounds(w.office.actor), await mayCreateRounds(w.inspectorA.actor), await mayCreateRounds(w.liaison.actor)]).toEqual([
      true,
      false,
      false,
    ]);
    await db().city.update({ where: { id: w.city.id }, data: { inspectorsMayCreateRounds: true } });
    try {
      expect([await mayCreateRounds(w.inspectorA.actor), await mayCreateRounds(w.otherInspector.actor), await mayCreateRounds(w.liaison.actor)]).toEqual([
        true,
        false,
        false,
      ]);
      expect(await createRound(w.inspectorA.actor, { name: "督查员自建", kind: "WEEKLY", ...period, siteIds: [w.lanes[0].id] })).toMatchObject({
        status: "PLANNED",
      });
    } finally {
      await db().city.update({ where: { id: w.city.id }, data: { inspectorsMayCreateRounds: false } });
    }
  });
});

describe("a round's life", () => {
  it("starts (a named inspector, not another), closes storing the calculator's scores, and reopens with a reason", async () => {
    const round = await createRound(w.office.actor, {
      name: "生命周期",
      kind: "WEEKLY",
      ...period,
      siteIds: [w.markets[0].id],
      inspectorIds: [w.inspectorA.user.id],
    });
    expect((await refusal(startRound(w.inspectorB.actor, { id: round.id }))).status).toBe(403);
    expect((await refusal(startRound(w.otherInspector.actor, { id: round.id }))).status).toBe(404);
    expect((await refusal(closeRound(w.office.actor, { id: round.id }))).status).toBe(409);
    const started = await startRound(w.inspectorA.actor, { id: round.id });
    expect(started).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect((await refusal(startRound(w.office.actor, { id: round.id }))).code).toBe("ROUND_STATUS");

    await submitCheck(w.inspectorA.actor, {
      roundId: round.id,
      clientKey: "life-1",
      criterionId: w.criterion["R-1"].id,
      siteId: w.markets[0].id,
      visitStatus: "INSPECTED",
      outcome: { findings: 1 },
    });
    await submitCheck(w.inspectorA.actor, {
      roundId: round.id,
      clientKey: "life-2",
      criterionId: w.criterion["R-2"].id,
      siteId: w.markets[0].id,
      visitStatus: "INSPECTED",
      outcome: { pass: true },
    });

    expect((await refusal(closeRound(w.inspectorA.actor, { id: round.id }))).status).toBe(403);
    const closed = await closeRound(w.office.actor, { id: round.id });
    expect(closed).toMatchObject({ status: "CLOSED", progress: { done: 2, expected: 2 } });
    const stored = await db().roundScore.findUniqueOrThrow({ where: { roundId: round.id } });
    const input = await getRoundScoreInput(w.office.actor, round.id);
    expect(stored.input).toEqual(JSON.parse(JSON.stringify(input)));
    expect(stored.result).toEqual(JSON.parse(JSON.stringify(scoreCalculatorInput(input))));
    expect(await getRoundScores(w.office.actor, round.id)).toEqual(scoreCalculatorInput(input));

    expect((await refusal(reopenRound(w.office.actor, { id: round.id, reason: "" }))).fieldErrors).toHaveProperty("reason");
    expect((await refusal(reopenRound(w.inspectorA.actor, { id: round.id, reason: "补查" }))).status).toBe(403);
    const reopened = await reopenRound(w.office.actor, { id: round.id, reason: "漏查两个点位" });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", reopenReason: "漏查两个点位" });
    await closeRound(w.office.actor, { id: round.id });
    await insertPublicationOfRound(db(), { roundId: round.id, publishedById: w.office.user.id, title: "三月" });
    expect((await refusal(reopenRound(w.office.actor, { id: round.id, reason: "再改" }))).code).toBe("ROUND_PUBLISHED");
  });

  it("lets any inspector of the city start a round that names none; the office reassigns a site", async () => {
    const round = await createRound(w.office.actor, { name: "无指定", kind: "WEEKLY", ...period, siteIds: [w.lanes[1].id] });
    expect(await startRound(w.inspectorB.actor, { id: round.id })).toMatchObject({ status: "IN_PROGRESS" });
    const site = await assignRoundInspector(w.office.actor, { roundId: round.id, siteId: w.lanes[1].id, inspectorId: w.inspectorA.user.id });
    expect(site).toMatchObject({ site: { id: w.lanes[1].id }, inspector: { id: w.inspectorA.user.id } });
    expect((await refusal(assignRoundInspector(w.inspectorA.actor, { roundId: round.id, siteId: w.lanes[1].id, inspectorId: null }))).status).toBe(403);
    expect((await refusal(assignRoundInspector(w.office.actor, { roundId: round.id, siteId: w.lanes[0].id, inspectorId: null }))).status).toBe(404);
    expect((await refusal(assignRoundInspector(w.otherOffice.actor, { roundId: round.id, siteId: w.lanes[1].id, inspectorId: null }))).status).toBe(404);
  });
});

describe("reading rounds", () => {
  it("lists the city's rounds with filters; another city sees none of them and gets 404 for one", async () => {
    const listed = await listRounds(w.inspectorA.actor, { kind: "SPECIAL" });
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((round) => round.kind === "SPECIAL")).toBe(true);
    expect((await listRounds(w.office.actor, { from: "2027-01-01" })).total).toBe(0);
    expect((await listRounds(w.otherOffice.actor, {})).total).toBe(0);
    const one = listed.items[0];
    expect((await refusal(getRoundDetail(w.otherInspector.actor, one.id))).status).toBe(404);
    expect((await refusal(listRounds(w.office.actor, { status: "DONE" as never }))).status).toBe(422);
  });
});

describe("a RECHECK round", () => {
  it("samples verified findings by the same hash order, with their sites and no criteria", async () => {
    const verified = await Promise.all(
      [w.markets[1], w.lanes[2]].map((site) =>
        db().finding.create({
          data: {
            cityId: w.city.id,
            siteId: site.id,
            departmentId: w.zj.id,
            description: "已整改",
            dueDate: new Date("2026-02-10"),
            status: "VERIFIED",
            verifiedOn: new Date("2026-02-09"),
          },
        }),
      ),
    );
    const round = await createRound(w.office.actor, { name: "回头看", kind: "RECHECK", ...period, sample: { seed: "rc", count: 5 } });
    expect(round).toMatchObject({ kind: "RECHECK", criterionCount: 0, siteCount: 2, progress: { done: 0, expected: 2 }, sample: { seed: "rc", count: 5 } });
    const detail = await getRoundDetail(w.office.actor, round.id);
    expect(detail.rechecks!.map((item) => item.finding.id).sort()).toEqual(verified.map((finding) => finding.id).sort());
    expect(detail.rechecks!.every((item) => item.result === null)).toBe(true);
    await startRound(w.office.actor, { id: round.id });
    expect(await closeRound(w.office.actor, { id: round.id })).toMatchObject({ status: "CLOSED" });
    expect(await db().roundScore.count({ where: { roundId: round.id } })).toBe(0);
    const misfit = await refusal(createRound(w.office.actor, { name: "回头看", kind: "RECHECK", ...period, sample: { seed: "rc", perType: { 集贸市场: 1 } } }));
    expect(misfit.fieldErrors).toHaveProperty("sample");
  });
});
