import { describe, expect, it } from "vitest";
import type { FetchLike } from "./send-check";
import { sendCorrection } from "./send-correction";

const body = { version: 2, visitStatus: "INSPECTED" as const, outcome: { findings: 0 }, note: null };
const saved = { id: "ch1", clientKey: "k1", visitStatus: "INSPECTED", outcome: { findings: 0 }, note: null, version: 3 };
const json = (status: number, payload: unknown) => new Response(JSON.stringify(payload), { status, headers: { "Content-Type": "application/json" } });
const answering =
  (response: () => Response): FetchLike =>
  async () =>
    response();

describe("sending a correction", () => {
  it("patches the check as JSON with the version read, and returns the corrected check", async () => {
    let request: { url: string; init: RequestInit } | undefined;
    const result = await sendCorrection("ch 1", body, async (url, init) => {
      request = { url, init };
      return json(200, saved);
    });
    expect(request!.url).toBe("/api/v1/checks/ch%201");
    expect(request!.init).toMatchObject({ method: "PATCH", credentials: "same-origin", headers: { "Content-Type": "application/json" } });
    expect(JSON.parse(request!.init.body as string)).toEqual(body);
    expect(result).toEqual({ kind: "saved", check: saved });
  });

  it("gives back the check as it now stands on a version conflict", async () => {
    const current = { ...saved, outcome: { findings: 4 }, note: "他人更正" };
    const result = await sendCorrection(
      "ch1",
      body,
      answering(() => json(409, { error: { code: "VERSION_CONFLICT", message: "该记录已被他人修改。" }, current, submitted: { version: 2 } })),
    );
    expect(result).toEqual({ kind: "conflict", current, message: "该记录已被他人修改。" });
  });

  it("keeps field errors of a 422 and the reason of any other refusal (a closed round)", async () => {
    expect(
      await sendCorrection(
        "ch1",
        body,
        answering(() => json(422, { error: { code: "VALIDATION_FAILED", message: "输入有误" }, fieldErrors: { outcome: ["结果不符"] } })),
      ),
    ).toEqual({ kind: "rejected", message: "输入有误", fieldErrors: { outcome: ["结果不符"] } });
    expect(
      await sendCorrection(
        "ch1",
        body,
        answering(() => json(409, { error: { code: "ROUND_NOT_IN_PROGRESS", message: "该轮次已结束，不能再录入或更正检查。" } })),
      ),
    ).toEqual({ kind: "rejected", message: "该轮次已结束，不能再录入或更正检查。" });
  });

  it("says offline when the request never left, signed out on 401, and trusts no 200 that is not a check", async () => {
    expect(
      await sendCorrection("ch1", body, async () => {
        throw new TypeError("Failed to fetch");
      }),
    ).toEqual({ kind: "offline" });
    expect(
      await sendCorrection(
        "ch1",
        body,
        answering(() => json(401, { error: { code: "UNAUTHENTICATED", message: "请先登录" } })),
      ),
    ).toEqual({
      kind: "signed-out",
      message: "请先登录",
    });
    expect(
      await sendCorrection(
        "ch1",
        body,
        answering(() => new Response("<html>portal</html>", { status: 200 })),
      ),
    ).toMatchObject({ kind: "rejected" });
  });
});
