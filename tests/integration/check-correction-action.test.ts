import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { correctCheckAction } from "@/lib/actions/checks";
import { db } from "@/lib/db";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let w: RoundsWorld;
let roundId: string;
let signedIn: Actor;
beforeAll(async () => {
  w = await createRoundsWorld();
  const round = await createRound(w.office.actor, {
    name: "更正",
    kind: "WEEKLY",
    periodStart: "2026-11-01",
    periodEnd: "2026-11-30",
    siteIds: w.markets.map((site) => site.id),
  });
  await startRound(w.office.actor, { id: round.id });
  roundId = round.id;
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockImplementation(async () => signedIn);
});
beforeEach(() => {
  signedIn = w.office.actor;
});

let sites = 0;
/** inspectorA's DEDUCT check with two problems at a site of its own: it opened a finding. */
async function lossAtNextSite(round = roundId, siteId = w.markets[sites++].id) {
  const { check } = await submitCheck(w.inspectorA.actor, {
    roundId: round,
    clientKey: `corr-${Math.random().toString(36).slice(2)}`,
    criterionId: w.criterion["R-1"].id,
    siteId,
    visitStatus: "INSPECTED",
    outcome: { findings: 2 },
    note: "乱堆放",
  });
  return check;
}

describe("the round page's 更正 action", () => {
  it("corrects a check to full points and withdraws the finding it opened; the page is refreshed", async () => {
    const check = await lossAtNextSite();
    const findingId = check.finding!.id;
    const { refresh } = await import("next/cache");
    vi.mocked(refresh).mockClear();
    const result = await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: "复核无问题" });
    expect(result).toMatchObject({
      ok: true,
      data: { id: check.id, outcome: { findings: 0 }, note: "复核无问题", version: 2, finding: { id: findingId, status: "WITHDRAWN" } },
    });
    expect(refresh).toHaveBeenCalledOnce();
    expect(await db().finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ status: "WITHDRAWN", withdrawnAt: expect.any(Date) });
    expect(await db().auditLog.count({ where: { entityType: "Check", entityId: check.id, action: "check.correct" } })).toBe(1);
  });

  it("answers a stale version with the check as it now stands, and changes nothing", async () => {
    const check = await lossAtNextSite();
    signedIn = w.inspectorA.actor;
    expect(await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 1 }, note: "只有一处" })).toMatchObject({
      ok: true,
    });
    signedIn = w.office.actor;
    const stale = await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: null });
    expect(stale).toMatchObject({
      ok: false,
      code: "VERSION_CONFLICT",
      details: { current: { id: check.id, version: 2, outcome: { findings: 1 }, note: "只有一处" }, submitted: { version: 1 } },
    });
    const row = await db().check.findUniqueOrThrow({ where: { id: check.id } });
    expect([row.version, row.findingCount]).toEqual([2, 1]);
    // Retried with the version it was shown, the office's correction goes through.
    expect(await correctCheckAction({ id: check.id, version: 2, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: null })).toMatchObject({
      ok: true,
      data: { version: 3, finding: { status: "WITHDRAWN" } },
    });
  });

  it("puts an outcome that does not fit the rubric on the outcome field", async () => {
    const check = await lossAtNextSite();
    const result = await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { pass: true }, note: null });
    expect(result).toMatchObject({ ok: false, fieldErrors: { outcome: expect.any(Array) } });
    expect((await db().check.findUniqueOrThrow({ where: { id: check.id } })).version).toBe(1);
  });

  it("does not find another city's check", async () => {
    const check = await lossAtNextSite();
    signedIn = w.otherOffice.actor;
    expect(await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: null })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const row = await db().check.findUniqueOrThrow({ where: { id: check.id }, include: { findings: true } });
    expect([row.version, row.findings[0].status]).toEqual([1, "OPEN"]);
  });

  it("is refused once the round is closed, saying why", async () => {
    const round = await createRound(w.office.actor, {
      name: "已结束",
      kind: "WEEKLY",
      periodStart: "2026-11-01",
      periodEnd: "2026-11-30",
      siteIds: [w.markets[0].id],
    });
    await startRound(w.office.actor, { id: round.id });
    const check = await lossAtNextSite(round.id, w.markets[0].id);
    await closeRound(w.office.actor, { id: round.id });
    expect(await correctCheckAction({ id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 }, note: null })).toEqual({
      ok: false,
      code: "ROUND_NOT_IN_PROGRESS",
      formError: "该轮次已结束，不能再录入或更正检查。",
      fieldErrors: undefined,
      details: undefined,
    });
  });
});
