import "fake-indexeddb/auto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as checksRoute from "@/app/api/v1/rounds/[roundId]/checks/route";
import { db } from "@/lib/db";
import { CheckQueue } from "@/lib/inspect/check-queue";
import type { CheckDraft } from "@/lib/inspect/queued-check";
import { sendCheck, type FetchLike } from "@/lib/inspect/send-check";
import { createRound } from "@/lib/server/rounds/create-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

// The phone's queue (lib/inspect) against the real check route: the multipart form it sends is
// what the server reads, a retried send never duplicates, and each answer lands where it should.

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let w: RoundsWorld;
let roundId: string;
let dbCount = 0;

beforeAll(async () => {
  w = await createRoundsWorld();
  const round = await createRound(w.office.actor, {
    name: "手机队列",
    kind: "SPECIAL",
    periodStart: "2026-03-01",
    periodEnd: "2026-03-31",
    siteIds: [w.markets[0].id, w.lanes[0].id],
  });
  await startRound(w.office.actor, { id: round.id });
  roundId = round.id;
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(w.inspectorA.actor);
});

/** The browser's fetch, answered by the route handler as the signed-in inspector. */
const serverFetch: FetchLike = async (url, init) => {
  const headers = { ...(init.headers as Record<string, string>), "sec-fetch-site": "same-origin" };
  const request = new NextRequest(`http://localhost${url}`, { method: init.method, body: init.body, headers });
  return checksRoute.POST(request, { params: Promise.resolve({ roundId }) });
};

async function openQueue(send: (url: string, init: RequestInit) => Promise<Response> = serverFetch) {
  return CheckQueue.open({ dbName: `inspect-api-${++dbCount}`, userId: w.inspectorA.user.id, send: (check) => sendCheck(check, send) });
}

async function draft(criterionCode: string, siteId: string, extra: Partial<CheckDraft> = {}): Promise<CheckDraft> {
  const photo = await imageBytes("jpeg", 640, 480);
  return {
    roundId,
    siteId,
    criterionId: w.criterion[criterionCode].id,
    rubricKind: "DEDUCT",
    visitStatus: "INSPECTED",
    outcome: { findings: 2 },
    note: "占道经营；地面有垃圾杂物",
    latitude: "30.274084",
    longitude: "120.155070",
    capturedAt: "2026-03-05T02:30:00.000Z",
    photos: [{ name: "photo-1.jpg", type: "image/jpeg", bytes: photo.slice().buffer }],
    ...extra,
  };
}

const checksAt = (siteId: string, criterionCode: string) => db().check.findMany({ where: { roundId, siteId, criterionId: w.criterion[criterionCode].id } });

describe("the phone's check queue against the check route", () => {
  it("sends a check with its photo as multipart (201), and the same key again is the saved check (200), never a second row", async () => {
    const queue = await openQueue();
    const queued = await queue.enqueue(await draft("R-1", w.markets[0].id));
    const [outcome] = await queue.flush();
    expect(outcome.result).toMatchObject({ kind: "saved", check: { clientKey: queued.clientKey, visitStatus: "INSPECTED" } });
    expect(await queue.list()).toEqual([]);

    const rows = await checksAt(w.markets[0].id, "R-1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ clientKey: queued.clientKey, findingCount: 2, note: "占道经营；地面有垃圾杂物" });
    expect(rows[0].latitude?.toString()).toBe("30.274084");
    expect(await db().evidenceFile.count({ where: { checkId: rows[0].id } })).toBe(1);

    // The answer was lost on the way back: the phone sends the same key again.
    const replay = await sendCheck(queued, serverFetch);
    expect(replay).toMatchObject({ kind: "saved", check: { id: rows[0].id } });
    expect(await checksAt(w.markets[0].id, "R-1")).toHaveLength(1);
  });

  it("ten sends of one key at once leave one check", async () => {
    const queue = await openQueue();
    const queued = await queue.enqueue(await draft("R-2", w.markets[0].id, { rubricKind: "PASS_FAIL", outcome: { pass: true }, photos: [] }));
    const results = await Promise.all(Array.from({ length: 10 }, () => sendCheck(queued, serverFetch)));
    expect(results.every((result) => result.kind === "saved")).toBe(true);
    expect(await checksAt(w.markets[0].id, "R-2")).toHaveLength(1);
  });

  it("drops a check the server already holds under another key (409 CHECK_EXISTS) and hands back the saved one", async () => {
    const [saved] = await checksAt(w.markets[0].id, "R-1");
    const queue = await openQueue();
    await queue.enqueue(await draft("R-1", w.markets[0].id, { outcome: { findings: 0 } }));
    const [outcome] = await queue.flush();
    expect(outcome.result).toMatchObject({ kind: "exists", check: { id: saved.id }, error: { status: 409 } });
    expect(await queue.list()).toEqual([]);
    expect(await checksAt(w.markets[0].id, "R-1")).toHaveLength(1);
  });

  it("keeps an outcome that does not fit the rubric, with the server's error on outcome, for the inspector to correct", async () => {
    const queue = await openQueue();
    const queued = await queue.enqueue(await draft("R-3", w.lanes[0].id, { rubricKind: "THRESHOLD", outcome: { pass: true } }));
    await queue.flush();
    const [kept] = await queue.list();
    expect(kept).toMatchObject({ clientKey: queued.clientKey, state: "REJECTED", error: { status: 422 } });
    expect(kept.error?.fieldErrors?.outcome?.length).toBeGreaterThan(0);
    expect(await checksAt(w.lanes[0].id, "R-3")).toHaveLength(0);

    await queue.revise(queued.clientKey, await draft("R-3", w.lanes[0].id, { rubricKind: "THRESHOLD", outcome: { value: "96.5" } }));
    await queue.flush();
    expect(await queue.list()).toEqual([]);
    const [row] = await checksAt(w.lanes[0].id, "R-3");
    expect(row.clientKey).toBe(queued.clientKey);
    expect(row.measuredValue?.toString()).toBe("96.5");
  });

  it("keeps a refused visit queued through a dead network and saves it once when the network returns", async () => {
    const dead: FetchLike = async () => {
      throw new TypeError("Failed to fetch");
    };
    const dbName = `inspect-api-${++dbCount}`;
    const offline = await CheckQueue.open({ dbName, userId: w.inspectorA.user.id, send: (check) => sendCheck(check, dead) });
    await offline.enqueue(
      await draft("R-2", w.lanes[0].id, { rubricKind: "PASS_FAIL", visitStatus: "REFUSED", outcome: undefined, note: "商户拒绝检查", photos: [] }),
    );
    expect((await offline.flush())[0].result).toEqual({ kind: "retry", reason: "offline" });
    expect(await checksAt(w.lanes[0].id, "R-2")).toHaveLength(0);

    // A reload: a new queue on the same store, now with a network.
    const online = await CheckQueue.open({ dbName, userId: w.inspectorA.user.id, send: (check) => sendCheck(check, serverFetch) });
    await online.flush();
    await online.flush();
    expect(await online.list()).toEqual([]);
    const rows = await checksAt(w.lanes[0].id, "R-2");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ visitStatus: "REFUSED", note: "商户拒绝检查" });
  });
});
