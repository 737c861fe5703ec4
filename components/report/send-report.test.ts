import { afterEach, describe, expect, it, vi } from "vitest";
import { sendReport } from "./send-report";

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

afterEach(() => vi.unstubAllGlobals());

describe("what the form makes of the server's answer", () => {
  it("201: the tracking code", async () => {
    vi.stubGlobal("fetch", answer(201, { code: "SP-2026-7K3Q9", status: "RECEIVED" }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: true, code: "SP-2026-7K3Q9" });
  });

  it("403 CHALLENGE_FAILED: a stale proof, to renew and send again; another 403 is an error", async () => {
    vi.stubGlobal("fetch", answer(403, { error: { code: "CHALLENGE_FAILED", message: "人机验证未通过" } }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: false, isStaleProof: true });
    vi.stubGlobal("fetch", answer(403, { error: { code: "FORBIDDEN", message: "不允许" } }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: false, formError: "不允许" });
  });

  it("413 and 415 belong beside the photos; 422 keeps its field errors; 429 is said above the button", async () => {
    vi.stubGlobal("fetch", answer(415, { error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "文件“a.jpg”不是照片" } }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: false, fieldErrors: { photos: ["文件“a.jpg”不是照片"] } });
    vi.stubGlobal("fetch", answer(422, { error: { code: "VALIDATION_FAILED", message: "输入有误" }, fieldErrors: { category: ["该城市没有这个问题类别"] } }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: false, formError: "输入有误", fieldErrors: { category: ["该城市没有这个问题类别"] } });
    vi.stubGlobal("fetch", answer(429, { error: { code: "RATE_LIMITED", message: "请 60 分钟后再试" } }));
    expect(await sendReport(new FormData(), "失败")).toEqual({ ok: false, formError: "请 60 分钟后再试" });
  });

  it("no answer at all, or one that is not JSON: the generic message", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    expect(await sendReport(new FormData(), "提交失败")).toEqual({ ok: false, formError: "提交失败" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>502</html>", { status: 502 })),
    );
    expect(await sendReport(new FormData(), "提交失败")).toEqual({ ok: false, formError: "提交失败" });
  });
});
