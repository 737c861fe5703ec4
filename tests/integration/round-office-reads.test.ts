import { beforeAll, describe, expect, it } from "vitest";
import { createRound } from "@/lib/server/rounds/create-round";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";
import { getRoundFormOptions } from "@/lib/server/rounds/get-round-form-options";
import { getRoundScoreView } from "@/lib/server/rounds/get-round-score-view";
import { listRoundInspectors } from "@/lib/server/rounds/list-round-inspectors";
import { previewRoundDraw } from "@/lib/server/rounds/preview-round-draw";
import { closeRound } from "@/lib/server/rounds/close-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { getRoundScores } from "@/lib/server/scoring/get-round-scores";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

// The reads behind the office's round screens: the 新建督查 form's choices, the draw preview, the
// inspectors a site may be given to, and a closed round's scores as the page shows them.

let w: RoundsWorld;
beforeAll(async () => {
  w = await createRoundsWorld();
});

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { status: number; fieldErrors?: Record<string, string[]> }) => error,
  );
}

const sample = { seed: "预览-1", perType: { 集贸市场: 2, 背街小巷: 2 }, streets: ["西街道", "东街道"] };

describe("the new-round form's choices", () => {
  it("offer the city's active sites of inspected types, its streets, inspectors and desk criteria only", async () => {
    const options = await getRoundFormOptions(w.office.actor);
    const ids = options.sites.map((site) => site.id).sort();
    expect(ids).toEqual([...w.markets, ...w.lanes].map((site) => site.id).sort());
    expect(options.siteTypes.sort()).toEqual(["背街小巷", "集贸市场"].sort());
    expect(options.streets).toEqual(["东街道", "西街道"]);
    expect(options.inspectors.map((inspector) => inspector.id).sort()).toEqual([w.inspectorA.user.id, w.inspectorB.user.id].sort());
    expect(options.deskCriteria.every((criterion) => criterion.method !== "FIELD")).toBe(true);
    expect(options.deskCriteria.map((criterion) => criterion.code)).toContain("R-4");
  });

  it("are the office's: a liaison is refused, another city's office sees none of these", async () => {
    expect((await refusal(getRoundFormOptions(w.liaison.actor))).status).toBe(403);
    const other = await getRoundFormOptions(w.otherOffice.actor);
    expect(other.sites).toEqual([]);
    expect(other.inspectors.map((inspector) => inspector.id)).toEqual([w.otherInspector.user.id]);
    expect((await refusal(listRoundInspectors(w.inspectorA.actor))).status).toBe(403);
  });
});

describe("the draw preview", () => {
  it("shows exactly the sites createRound then draws, in draw order, writing nothing", async () => {
    const preview = await previewRoundDraw(w.office.actor, { sample, periodEnd: "2026-03-31" });
    expect(preview.sites.length).toBe(4);
    const round = await createRound(w.office.actor, { name: "预览后创建", kind: "WEEKLY", periodStart: "2026-03-01", periodEnd: "2026-03-31", sample });
    expect((await getRoundDetail(w.office.actor, round.id)).drawnSiteIds).toEqual(preview.sites.map((site) => site.id));
    expect(preview.sites.every((site) => site.code && site.name && site.siteType)).toBe(true);
  });

  it("answers a missing seed or per-type count beside the field", async () => {
    const error = await refusal(previewRoundDraw(w.office.actor, { sample: { seed: "", perType: { 集贸市场: 1 } } }));
    expect(error.status).toBe(422);
    expect(Object.keys(error.fieldErrors ?? {})).toContain("sample.seed");
    const noCounts = await refusal(previewRoundDraw(w.office.actor, { sample: { seed: "x" } }));
    expect(Object.keys(noCounts.fieldErrors ?? {})).toContain("sample.perType");
  });

  it("draws nothing from another city and is refused to a liaison", async () => {
    expect((await previewRoundDraw(w.otherOffice.actor, { sample })).sites).toEqual([]);
    expect((await refusal(previewRoundDraw(w.liaison.actor, { sample }))).status).toBe(403);
  });
});

describe("a closed round's scores on its page", () => {
  it("are the engine's, rounded once to 2 decimals, and another city's round is not found", async () => {
    const round = await createRound(w.office.actor, { name: "评分", kind: "WEEKLY", periodStart: "2026-03-01", periodEnd: "2026-03-31", sample });
    await startRound(w.office.actor, { id: round.id });
    await closeRound(w.office.actor, { id: round.id });
    const view = await getRoundScoreView(w.office.actor, round.id);
    const api = await getRoundScores(w.office.actor, round.id);
    expect(view.cityScore).toBe(api.cityScore === null ? null : Number(api.cityScore).toFixed(2));
    expect(view.departments.map((department) => [department.name, department.rank])).toEqual(
      api.departments.map((department) => [department.name, department.rank]),
    );
    expect((await refusal(getRoundScoreView(w.otherOffice.actor, round.id))).status).toBe(404);
  });
});
