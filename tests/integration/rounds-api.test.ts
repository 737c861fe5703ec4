import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import * as checkRoute from "@/app/api/v1/checks/[id]/route";
import * as checklistRoute from "@/app/api/v1/rounds/[roundId]/checklist/route";
import * as checksRoute from "@/app/api/v1/rounds/[roundId]/checks/route";
import * as closeRoute from "@/app/api/v1/rounds/[roundId]/close/route";
import * as reopenRoute from "@/app/api/v1/rounds/[roundId]/reopen/route";
import * as roundRoute from "@/app/api/v1/rounds/[roundId]/route";
import * as siteRoute from "@/app/api/v1/rounds/[roundId]/sites/[siteId]/route";
import * as startRoute from "@/app/api/v1/rounds/[roundId]/start/route";
import * as roundsRoute from "@/app/api/v1/rounds/route";
import * as scoresInputRoute from "@/app/api/v1/rounds/[roundId]/scores/input/route";
import * as scoresRoute from "@/app/api/v1/rounds/[roundId]/scores/route";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { toCalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { fileStore } from "@/lib/server/storage";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createRoundsWorld, type RoundsWorld } from "./rounds-world";

// The handlers are called directly with a session actor (cookie writes from the app's own origin).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let w: RoundsWorld;
beforeAll(async () => {
  w = await createRoundsWorld();
});

const as = (actor: Actor) => {
  session.actor = actor;
};
const request = (method: string, path: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { origin: "http://localhost", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const round = (roundId: string) => ({ params: Promise.resolve({ roundId }) });

describe("the rounds API", () => {
  it("creates, reads, starts, checks (JSON and multipart with a photo), corrects, closes and reopens a round", async () => {
    as(w.office.actor);
    const created = await roundsRoute.POST(
      request("POST", "/api/v1/rounds", {
        name: "接口督查",
        kind: "WEEKLY",
        periodStart: "2026-03-01",
        periodEnd: "2026-03-31",
        sample: { seed: "api", perType: { 集贸市场: 1 } },
        inspectorIds: [w.inspectorA.user.id],
      }),
      none,
    );
    expect(created.status).toBe(201);
    const item = await created.json();
    expect(item).toMatchObject({ status: "PLANNED", siteCount: 1, criterionCount: 2, sample: { seed: "api", perType: { 集贸市场: 1 } } });
    const invalid = await roundsRoute.POST(
      request("POST", "/api/v1/rounds", { name: "x", kind: "DAILY", periodStart: "2026-03-01", periodEnd: "2026-03-31" }),
      none,
    );
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).fieldErrors).toHaveProperty("kind");

    const list = await (await roundsRoute.GET(request("GET", "/api/v1/rounds?status=PLANNED"), none)).json();
    expect(list).toMatchObject({ page: 1, pageSize: 50 });
    expect(list.items.map((r: { id: string }) => r.id)).toContain(item.id);
    const detail = await (await roundRoute.GET(request("GET", `/api/v1/rounds/${item.id}`), round(item.id))).json();
    const siteId = detail.drawnSiteIds[0];
    expect(detail.sites[0]).toMatchObject({
      site: { id: siteId, siteType: { name: "集贸市场" } },
      inspector: { id: w.inspectorA.user.id },
      progress: { done: 0, expected: 2 },
    });

    as(w.inspectorA.actor);
    expect((await startRoute.POST(request("POST", `/api/v1/rounds/${item.id}/start`), round(item.id))).status).toBe(200);
    const checklist = await (await checklistRoute.GET(request("GET", `/api/v1/rounds/${item.id}/checklist?site=${siteId}`), round(item.id))).json();
    expect(checklist.items.map((entry: { criterion: { code: string } }) => entry.criterion.code)).toEqual(["R-1", "R-2"]);

    const body = { clientKey: "api-1", criterionId: w.criterion["R-2"].id, siteId, visitStatus: "INSPECTED", outcome: { pass: true } };
    const posted = await checksRoute.POST(request("POST", `/api/v1/rounds/${item.id}/checks`, body), round(item.id));
    expect(posted.status).toBe(201);
    const check = await posted.json();
    const replay = await checksRoute.POST(request("POST", `/api/v1/rounds/${item.id}/checks`, body), round(item.id));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(check);
    const rival = await checksRoute.POST(request("POST", `/api/v1/rounds/${item.id}/checks`, { ...body, clientKey: "api-2" }), round(item.id));
    expect(rival.status).toBe(409);
    expect(await rival.json()).toMatchObject({ error: { code: "CHECK_EXISTS" }, check: { id: check.id } });
    const misfit = await checksRoute.POST(
      request("POST", `/api/v1/rounds/${item.id}/checks`, { ...body, clientKey: "api-3", criterionId: w.criterion["R-1"].id, outcome: { grade: "A" } }),
      round(item.id),
    );
    expect(misfit.status).toBe(422);
    expect((await misfit.json()).fieldErrors).toHaveProperty("outcome");

    // The phone's multipart send: the outcome as JSON text, numbers as text, a photo with a watermark.
    const form = new FormData();
    for (const [name, value] of Object.entries({
      clientKey: "api-4",
      criterionId: w.criterion["R-1"].id,
      siteId,
      visitStatus: "INSPECTED",
      outcome: '{"findings":2}',
      note: "占道经营",
      latitude: "30.123456",
      longitude: "114.654321",
      capturedAt: "2026-03-05T10:00:00+08:00",
    }))
      form.set(name, value);
    form.append("photos", new File([new Uint8Array(await imageBytes("jpeg", 640, 480))], "现场.jpg"));
    const multipart = await checksRoute.POST(
      new NextRequest(`http://localhost/api/v1/rounds/${item.id}/checks`, { method: "POST", headers: { origin: "http://localhost" }, body: form }),
      round(item.id),
    );
    expect(multipart.status).toBe(201);
    const withPhoto = await multipart.json();
    expect(withPhoto).toMatchObject({
      outcome: { findings: 2 },
      latitude: "30.123456",
      note: "占道经营",
      finding: { status: "OPEN" },
      photos: [{ url: expect.stringMatching(/^\/api\/v1\/evidence\//) }],
    });
    const stored = await db().evidenceFile.findFirstOrThrow({ where: { checkId: withPhoto.id } });
    expect(stored.mimeType).toBe("image/jpeg");
    expect((await sharp((await fileStore().get(stored.contentHash))!).metadata()).exif).toBeUndefined();

    const corrected = await checkRoute.PATCH(
      request("PATCH", `/api/v1/checks/${withPhoto.id}`, { version: 1, visitStatus: "INSPECTED", outcome: { findings: 0 } }),
      {
        params: Promise.resolve({ id: withPhoto.id }),
      },
    );
    expect(await corrected.json()).toMatchObject({ version: 2, finding: { status: "WITHDRAWN" } });

    as(w.office.actor);
    const reassigned = await siteRoute.PATCH(request("PATCH", `/api/v1/rounds/${item.id}/sites/${siteId}`, { inspectorId: w.inspectorB.user.id }), {
      params: Promise.resolve({ roundId: item.id, siteId }),
    });
    expect(await reassigned.json()).toMatchObject({ inspector: { id: w.inspectorB.user.id }, progress: { done: 2, expected: 2 } });
    const closed = await closeRoute.POST(request("POST", `/api/v1/rounds/${item.id}/close`), round(item.id));
    expect(await closed.json()).toMatchObject({ status: "CLOSED", progress: { done: 2, expected: 2 } });
    const scores = await (await scoresRoute.GET(request("GET", `/api/v1/rounds/${item.id}/scores`), round(item.id))).json();
    const input = await (await scoresInputRoute.GET(request("GET", `/api/v1/rounds/${item.id}/scores/input`), round(item.id))).json();
    // Exactly what `npm run score` prints for the input's JSON (scripts/score.ts runs these three).
    expect(scores).toEqual(JSON.parse(JSON.stringify(toCalculatorOutput(scoreRound(parseCalculatorInput(JSON.parse(JSON.stringify(input))))))));
    const reopened = await reopenRoute.POST(request("POST", `/api/v1/rounds/${item.id}/reopen`, { reason: "复核" }), round(item.id));
    expect(await reopened.json()).toMatchObject({ status: "IN_PROGRESS", reopenReason: "复核" });
  });

  it("answers another city's round 404 and a liaison's write 403", async () => {
    as(w.office.actor);
    const item = await (
      await roundsRoute.POST(
        request("POST", "/api/v1/rounds", { name: "范围", kind: "SPECIAL", periodStart: "2026-04-01", periodEnd: "2026-04-30", siteIds: [w.lanes[0].id] }),
        none,
      )
    ).json();
    as(w.otherInspector.actor);
    expect((await roundRoute.GET(request("GET", `/api/v1/rounds/${item.id}`), round(item.id))).status).toBe(404);
    expect((await startRoute.POST(request("POST", `/api/v1/rounds/${item.id}/start`), round(item.id))).status).toBe(404);
    as(w.liaison.actor);
    expect((await roundsRoute.GET(request("GET", "/api/v1/rounds"), none)).status).toBe(403);
    const post = await checksRoute.POST(request("POST", `/api/v1/rounds/${item.id}/checks`, { clientKey: "x" }), round(item.id));
    expect(post.status).toBe(403);
  });
});
