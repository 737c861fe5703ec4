import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as detailRoute from "@/app/api/v1/findings/[id]/route";
import * as redirectRoute from "@/app/api/v1/findings/[id]/redirect/route";
import * as reopenRoute from "@/app/api/v1/findings/[id]/reopen/route";
import * as replyRoute from "@/app/api/v1/findings/[id]/rectifications/route";
import * as verifyRoute from "@/app/api/v1/findings/[id]/verify/route";
import * as dispatchRoute from "@/app/api/v1/findings/dispatch/route";
import * as listRoute from "@/app/api/v1/findings/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as recheckRoute from "@/app/api/v1/rounds/[roundId]/rechecks/[findingId]/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { imageBytes } from "@/tests/fixtures/evidence/evidence-files";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding, createRecheckRound } from "./findings-world";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: vi.fn(async () => null) }));

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

async function as(actor: Actor) {
  const { getSessionActor } = await import("@/lib/auth/current-actor");
  vi.mocked(getSessionActor).mockResolvedValue(actor);
}
const get = (path: string) => new NextRequest(`http://localhost${path}`);
const post = (path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
  });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });
const none = params({} as Record<string, never>);

describe("finding routes", () => {
  it("401 without a session", async () => {
    const { getSessionActor } = await import("@/lib/auth/current-actor");
    vi.mocked(getSessionActor).mockResolvedValue(null);
    expect((await listRoute.GET(get("/api/v1/findings"), none)).status).toBe(401);
  });

  it("dispatch → reply (201, then 200 for the same clientKey) → return → reply → accept, read back with its timeline", async () => {
    const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id });
    const id = { id: finding.id };
    await as(s.actors.cityAdminA);
    const dispatched = await dispatchRoute.POST(post("/api/v1/findings/dispatch", { ids: [finding.id] }), none);
    expect(await dispatched.json()).toEqual({ count: 1, skipped: [] });

    await as(s.actors.liaisonA1);
    const reply = { text: "已清理", clientKey: "phone-1" };
    const first = await replyRoute.POST(post(`/api/v1/findings/${finding.id}/rectifications`, reply), params(id));
    expect(first.status).toBe(201);
    const again = await replyRoute.POST(post(`/api/v1/findings/${finding.id}/rectifications`, reply), params(id));
    expect(again.status).toBe(200);
    expect((await again.json()).reply.id).toBe((await first.json()).reply.id);

    await as(s.actors.cityAdminA);
    const noComment = await verifyRoute.POST(post(`/api/v1/findings/${finding.id}/verify`, { decision: "RETURN" }), params(id));
    expect(noComment.status).toBe(422);
    expect((await noComment.json()).fieldErrors.comment).toEqual(["退回时请填写退回原因"]);
    const returned = await verifyRoute.POST(post(`/api/v1/findings/${finding.id}/verify`, { decision: "RETURN", comment: "不清晰" }), params(id));
    expect(await returned.json()).toMatchObject({ status: "RETURNED" });

    await as(s.actors.liaisonA1);
    expect((await replyRoute.POST(post(`/api/v1/findings/${finding.id}/rectifications`, { text: "再次整改" }), params(id))).status).toBe(201);
    const list = await (await listRoute.GET(get(`/api/v1/findings?status=SUBMITTED&round=${finding.roundId}`), none)).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: finding.id, department: { id: s.departmentA1.id } }] });

    await as(s.actors.cityAdminA);
    const accepted = await verifyRoute.POST(post(`/api/v1/findings/${finding.id}/verify`, { decision: "ACCEPT" }), params(id));
    expect(await accepted.json()).toMatchObject({ status: "VERIFIED", overdue: false });
    const stale = await verifyRoute.POST(post(`/api/v1/findings/${finding.id}/verify`, { decision: "ACCEPT" }), params(id));
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toEqual({ code: "INVALID_TRANSITION", message: "问题当前为「已销号」，不能审核通过。" });

    const detail = await (await detailRoute.GET(get(`/api/v1/findings/${finding.id}`), params(id))).json();
    expect(detail.timeline.map((event: { kind: string }) => event.kind)).toEqual(["DISPATCHED", "REPLIED", "RETURNED", "REPLIED", "VERIFIED"]);
    expect(detail.timeline[1].actor.id).toBe(s.actors.liaisonA1.id);
    expect(detail).toMatchObject({ origin: "CHECK", beforePhotos: [], afterPhotos: [], checkDepartments: [{ id: s.departmentA1.id, isPrimary: true }] });

    const reopened = await reopenRoute.POST(post(`/api/v1/findings/${finding.id}/reopen`, { reason: "复查未到位", falseRectification: true }), params(id));
    expect(await reopened.json()).toMatchObject({ status: "DISPATCHED", falseRectification: true, verifiedOn: null });
    const flagged = await (await listRoute.GET(get("/api/v1/findings?falseRectification=1"), none)).json();
    expect(flagged.items.map((item: { id: string }) => item.id)).toContain(finding.id);
  });

  it("redirect is 404 for another city's finding and 422 for a bad filter", async () => {
    const away = await createCheckFinding(db(), { cityId: s.cityB.id, departmentId: s.departmentB1.id });
    await as(s.actors.cityAdminA);
    const moved = await redirectRoute.POST(
      post(`/api/v1/findings/${away.finding.id}/redirect`, { departmentId: s.departmentA2.id }),
      params({ id: away.finding.id }),
    );
    expect(moved.status).toBe(404);
    expect((await detailRoute.GET(get(`/api/v1/findings/${away.finding.id}`), params({ id: away.finding.id }))).status).toBe(404);
    const bad = await listRoute.GET(get("/api/v1/findings?status=CLOSED"), none);
    expect(bad.status).toBe(422);
  });

  it("a liaison lists only its department's findings; overdue=1 lists past-due unresolved ones", async () => {
    const own = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "DISPATCHED", dueInDays: -2 });
    const other = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA2.id, status: "DISPATCHED", dueInDays: -2 });
    const withdrawn = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "WITHDRAWN", dueInDays: -2 });
    await as(s.actors.liaisonA1);
    const overdue = await (await listRoute.GET(get("/api/v1/findings?overdue=1&pageSize=500"), none)).json();
    const ids = overdue.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(own.finding.id);
    expect(ids).not.toContain(other.finding.id);
    expect(ids).not.toContain(withdrawn.finding.id);
    expect(overdue.items.find((item: { id: string }) => item.id === own.finding.id)).toMatchObject({ overdue: true });
    const onlyWithdrawn = await (await listRoute.GET(get("/api/v1/findings?status=WITHDRAWN"), none)).json();
    expect(onlyWithdrawn.items.map((item: { id: string }) => item.id)).toEqual([withdrawn.finding.id]);
    expect((await detailRoute.GET(get(`/api/v1/findings/${other.finding.id}`), params({ id: other.finding.id }))).status).toBe(404);
  });
});

describe("a reply with after-photos (multipart)", () => {
  const form = async (fields: Record<string, string>, files: { name: string; bytes: Uint8Array }[]) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    for (const file of files) body.append("photos", new File([new Uint8Array(file.bytes)], file.name));
    return body;
  };
  const send = (findingId: string, body: FormData) =>
    replyRoute.POST(
      new NextRequest(`http://localhost/api/v1/findings/${findingId}/rectifications`, { method: "POST", body, headers: { "sec-fetch-site": "same-origin" } }),
      params({ id: findingId }),
    );

  it("stores the photos on the reply; the detail shows them as after-photos beside the check's", async () => {
    const { finding, check } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "DISPATCHED" });
    await db().evidenceFile.create({
      data: {
        cityId: s.cityA.id,
        contentHash: "before-hash",
        size: 1,
        mimeType: "image/png",
        originalName: "before.png",
        checkId: check.id,
        uploadedById: s.actors.inspectorA.id,
      },
    });
    await as(s.actors.liaisonA1);
    const photo = { name: "after.png", bytes: await imageBytes("png", 40, 30) };
    const response = await send(finding.id, await form({ text: "已清理，附照片", clientKey: "phone-photo", version: "1" }, [photo, photo]));
    expect(response.status).toBe(201);
    const saved = await response.json();
    expect(saved.reply.photos).toHaveLength(2);
    expect(saved.reply.photos[0]).toMatchObject({ url: `/api/v1/evidence/${saved.reply.photos[0].id}`, thumbnailUrl: expect.stringContaining("?thumbnail=1") });
    const files = await db().evidenceFile.findMany({ where: { rectificationEventId: saved.reply.id } });
    expect(files.map((file) => [file.mimeType, file.findingId, file.checkId])).toEqual([
      ["image/png", null, null],
      ["image/png", null, null],
    ]);

    const detail = await (await detailRoute.GET(get(`/api/v1/findings/${finding.id}`), params({ id: finding.id }))).json();
    expect(detail.beforePhotos).toHaveLength(1);
    expect(detail.afterPhotos.map((p: { id: string }) => p.id)).toEqual(saved.reply.photos.map((p: { id: string }) => p.id));
  });

  it("415 for a file that is not an image or document, and nothing is saved", async () => {
    const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "DISPATCHED" });
    await as(s.actors.liaisonA1);
    const response = await send(finding.id, await form({ text: "已整改" }, [{ name: "a.png", bytes: new TextEncoder().encode("not an image at all") }]));
    expect(response.status).toBe(415);
    expect(await db().rectificationEvent.count({ where: { findingId: finding.id } })).toBe(0);
  });

  it("404 before any photo is read or stored when the finding is another department's", async () => {
    const other = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA2.id, status: "DISPATCHED" });
    await as(s.actors.liaisonA1);
    const response = await send(other.finding.id, await form({ text: "已整改" }, [{ name: "after.png", bytes: await imageBytes("png", 20, 20) }]));
    expect(response.status).toBe(404);
  });
});

describe("re-check route (回头看)", () => {
  it("NOT_FIXED reopens the finding as false rectification; a second result is 409", async () => {
    const { finding } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED", dueInDays: -10 });
    const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
    const path = `/api/v1/rounds/${round.id}/rechecks/${finding.id}`;
    const ids = params({ roundId: round.id, findingId: finding.id });
    await as(s.actors.inspectorA);
    const result = await recheckRoute.POST(post(path, { result: "NOT_FIXED", note: "垃圾仍在" }), ids);
    expect(result.status).toBe(200);
    expect(await result.json()).toMatchObject({
      roundId: round.id,
      result: "NOT_FIXED",
      note: "垃圾仍在",
      finding: { status: "DISPATCHED", falseRectification: true, verifiedOn: null, overdue: true },
    });
    const events = await db().rectificationEvent.findMany({ where: { findingId: finding.id } });
    expect(events.map((event) => [event.kind, event.note])).toEqual([["REOPENED", "垃圾仍在"]]);
    expect((await recheckRoute.POST(post(path, { result: "CONFIRMED" }), ids)).status).toBe(409);
  });

  it("CONFIRMED keeps the fix; 422 for a bad result, 403 for a liaison, 404 for a finding not in the round or another city's round, 409 when not a running RECHECK round", async () => {
    const { finding, round: monthly } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const stranger = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    const round = await createRecheckRound(db(), s.cityA.id, [finding.id]);
    const closed = await createRecheckRound(db(), s.cityA.id, [stranger.finding.id], "CLOSED");
    const at = (roundId: string, findingId: string) => [`/api/v1/rounds/${roundId}/rechecks/${findingId}`, params({ roundId, findingId })] as const;
    await as(s.actors.inspectorA);
    expect((await recheckRoute.POST(post(at(round.id, finding.id)[0], { result: "MAYBE" }), at(round.id, finding.id)[1])).status).toBe(422);
    expect((await recheckRoute.POST(post(at(round.id, stranger.finding.id)[0], { result: "CONFIRMED" }), at(round.id, stranger.finding.id)[1])).status).toBe(
      404,
    );
    expect((await recheckRoute.POST(post(at(closed.id, stranger.finding.id)[0], { result: "CONFIRMED" }), at(closed.id, stranger.finding.id)[1])).status).toBe(
      409,
    );
    expect((await recheckRoute.POST(post(at(monthly.id, finding.id)[0], { result: "CONFIRMED" }), at(monthly.id, finding.id)[1])).status).toBe(404);
    await as(s.actors.liaisonA1);
    expect((await recheckRoute.POST(post(at(round.id, finding.id)[0], { result: "CONFIRMED" }), at(round.id, finding.id)[1])).status).toBe(403);
    await as(s.actors.cityAdminB);
    expect((await recheckRoute.POST(post(at(round.id, finding.id)[0], { result: "CONFIRMED" }), at(round.id, finding.id)[1])).status).toBe(404);
    await as(s.actors.inspectorA);
    const confirmed = await recheckRoute.POST(post(at(round.id, finding.id)[0], { result: "CONFIRMED" }), at(round.id, finding.id)[1]);
    expect(await confirmed.json()).toMatchObject({ result: "CONFIRMED", finding: { status: "VERIFIED", falseRectification: false } });
    expect(await db().recheckItem.findUniqueOrThrow({ where: { roundId_findingId: { roundId: round.id, findingId: finding.id } } })).toMatchObject({
      result: "CONFIRMED",
      checkedById: s.actors.inspectorA.id,
    });
  });
});

describe("the OpenAPI document", () => {
  it("describes every finding route, the reply as multipart with photos", async () => {
    const document = await openapiRoute.GET().json();
    for (const [path, method] of [
      ["/api/v1/findings", "get"],
      ["/api/v1/findings/{id}", "get"],
      ["/api/v1/findings/dispatch", "post"],
      ["/api/v1/findings/{id}/rectifications", "post"],
      ["/api/v1/findings/{id}/verify", "post"],
      ["/api/v1/findings/{id}/reopen", "post"],
      ["/api/v1/findings/{id}/redirect", "post"],
      ["/api/v1/rounds/{roundId}/rechecks/{findingId}", "post"],
      ["/api/v1/departments/{id}/assignment-sheet", "get"],
    ])
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    const reply = document.paths["/api/v1/findings/{id}/rectifications"].post;
    expect(reply.requestBody.content["multipart/form-data"].schema.properties).toHaveProperty("photos");
    expect(reply.responses["201"]).toBeDefined();
  });
});
