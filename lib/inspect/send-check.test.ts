import { describe, expect, it } from "vitest";
import type { QueuedCheck } from "./queued-check";
import { sendCheck, type FetchLike } from "./send-check";

const check: QueuedCheck = {
  clientKey: "3f1c2b9e-0000-4000-8000-000000000001",
  userId: "u1",
  roundId: "round-1",
  siteId: "site-1",
  criterionId: "crit-1",
  rubricKind: "GRADED",
  visitStatus: "INSPECTED",
  outcome: { grade: "B" },
  note: "  门前三包未落实 ",
  latitude: "30.123456",
  longitude: "120.654321",
  capturedAt: "2026-12-03T01:00:00.000Z",
  photos: [{ name: "photo-1.jpg", type: "image/jpeg", bytes: new Uint8Array([1, 2, 3]).buffer }],
  state: "PENDING",
  attempts: 0,
  queuedAt: "2026-12-03T01:00:00.000Z",
  sequence: 1,
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const answering =
  (response: () => Response): FetchLike =>
  async () =>
    response();

describe("sending one queued check", () => {
  it("posts the fields and photos as multipart to the round's checks", async () => {
    let request: { url: string; init: RequestInit } | undefined;
    const fetchImpl: FetchLike = async (url, init) => {
      request = { url, init };
      return json(201, { id: "c1", clientKey: check.clientKey });
    };
    await sendCheck(check, fetchImpl);
    expect(request!.url).toBe("/api/v1/rounds/round-1/checks");
    expect(request!.init.method).toBe("POST");
    const form = request!.init.body as FormData;
    expect(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"))).toEqual({
      clientKey: check.clientKey,
      criterionId: "crit-1",
      siteId: "site-1",
      visitStatus: "INSPECTED",
      outcome: '{"grade":"B"}',
      note: "门前三包未落实",
      latitude: "30.123456",
      longitude: "120.654321",
      capturedAt: "2026-12-03T01:00:00.000Z",
    });
    const photo = form.get("photos") as File;
    expect(photo.name).toBe("photo-1.jpg");
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("sends no outcome for a refused visit", async () => {
    let form: FormData | undefined;
    await sendCheck({ ...check, visitStatus: "REFUSED", note: "商户拒绝进入" }, async (_url, init) => {
      form = init.body as FormData;
      return json(201, { id: "c1" });
    });
    expect(form!.get("outcome")).toBeNull();
    expect(form!.get("visitStatus")).toBe("REFUSED");
  });

  it("reads 201 and 200 as saved", async () => {
    expect(
      await sendCheck(
        check,
        answering(() => json(201, { id: "c1" })),
      ),
    ).toMatchObject({ kind: "saved", check: { id: "c1" } });
    expect(
      await sendCheck(
        check,
        answering(() => json(200, { id: "c1" })),
      ),
    ).toMatchObject({ kind: "saved", check: { id: "c1" } });
  });

  it("reads 409 CHECK_EXISTS as the server's check standing, and carries it", async () => {
    const result = await sendCheck(
      check,
      answering(() => json(409, { error: { code: "CHECK_EXISTS", message: "该项已有检查记录" }, check: { id: "c0" } })),
    );
    expect(result).toMatchObject({ kind: "exists", check: { id: "c0" }, error: { status: 409, message: "该项已有检查记录" } });
  });

  it("keeps other refusals with their message and field errors for the inspector", async () => {
    const result = await sendCheck(
      check,
      answering(() => json(422, { error: { code: "INVALID_INPUT", message: "输入有误" }, fieldErrors: { outcome: ["不符合评分规则"] } })),
    );
    expect(result).toEqual({ kind: "rejected", error: { status: 422, message: "输入有误", fieldErrors: { outcome: ["不符合评分规则"] } } });
    expect(
      await sendCheck(
        check,
        answering(() => json(409, { error: { code: "ROUND_NOT_IN_PROGRESS", message: "轮次已结束" } })),
      ),
    ).toMatchObject({ kind: "rejected" });
    expect(
      await sendCheck(
        check,
        answering(() => json(404, { error: { code: "NOT_FOUND", message: "不存在" } })),
      ),
    ).toMatchObject({ kind: "rejected" });
  });

  it("retries later on no network, a server failure, an ended session, or a 200 that is not the check", async () => {
    const offline: FetchLike = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await sendCheck(check, offline)).toEqual({ kind: "retry", reason: "offline" });
    expect(
      await sendCheck(
        check,
        answering(() => json(503, { error: { message: "忙" } })),
      ),
    ).toMatchObject({ kind: "retry", reason: "server" });
    expect(
      await sendCheck(
        check,
        answering(() => json(401, { error: { code: "UNAUTHENTICATED" } })),
      ),
    ).toMatchObject({ kind: "retry", reason: "signed-out" });
    expect(
      await sendCheck(
        check,
        answering(() => new Response("<html>登录</html>", { status: 200 })),
      ),
    ).toMatchObject({ kind: "retry", reason: "server" });
  });
});
