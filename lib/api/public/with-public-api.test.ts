import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { sealClientAddress } from "@/lib/auth/client-address-seal";
import { notFound } from "@/lib/errors";
import { PUBLIC_API_LIMIT } from "./public-rate-limit";
import { withPublicApi } from "./with-public-api";

// Every test counts from addresses of its own (the limiter is one per process).
let next = 0;
const address = () => `192.0.2.${++next}`;
const request = (from: string, init: { method?: string; headers?: Record<string, string>; path?: string } = {}) =>
  new NextRequest(`http://localhost${init.path ?? "/api/public/v1/cities"}`, {
    method: init.method ?? "GET",
    headers: { [CLIENT_ADDRESS_HEADER]: sealClientAddress(from), ...init.headers },
  });
const context = { params: Promise.resolve({}) };
const document = withPublicApi(async () => Response.json({ items: [], total: 0, page: 1, pageSize: 50 }));

describe("withPublicApi", () => {
  it("answers a read with a strong ETag, a public Cache-Control, CORS for any origin and the security headers", async () => {
    const response = await document(request(address()), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(await response.json()).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
  });

  it("answers 304 without a body when If-None-Match holds the current tag, 200 when it holds an old one", async () => {
    const from = address();
    const etag = (await document(request(from), context)).headers.get("etag")!;
    const same = await document(request(from, { headers: { "if-none-match": etag } }), context);
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe(etag);
    expect(same.headers.get("access-control-allow-origin")).toBe("*");
    const stale = await document(request(from, { headers: { "if-none-match": '"old"' } }), context);
    expect(stale.status).toBe(200);
  });

  it("a route's no-store stands and carries no ETag", async () => {
    const status = withPublicApi(async () => Response.json({ code: "SP-2026-7K3Q9" }), { cacheControl: "no-store" });
    const response = await status(request(address()), context);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("maps an AppError to the envelope, uncached", async () => {
    const missing = withPublicApi(async () => {
      throw notFound("城市");
    });
    const response = await missing(request(address()), context);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "城市不存在或无权访问。" } });
  });

  it("does not open writes to other origins", async () => {
    const write = withPublicApi(async () => Response.json({ code: "x" }, { status: 201 }));
    const response = await write(request(address(), { method: "POST" }), context);
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("etag")).toBeNull();
  });

  it("refuses a control character in the query as 422 before the handler runs", async () => {
    let calls = 0;
    const counted = withPublicApi(async () => (calls++, Response.json({})));
    const response = await counted(request(address(), { path: "/api/public/v1/cities?page=1%00" }), context);
    expect(response.status).toBe(422);
    expect(calls).toBe(0);
  });

  it(`refuses the ${PUBLIC_API_LIMIT + 1}st request of a minute with 429, Retry-After and the envelope; another address goes on`, async () => {
    const [from, other] = [address(), address()];
    for (let i = 0; i < PUBLIC_API_LIMIT; i++) expect((await document(request(from), context)).status).toBe(200);
    const refused = await document(request(from), context);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect((await refused.json()).error).toEqual({ code: "RATE_LIMITED", message: expect.stringMatching(/^请求过于频繁，请 \d+ 秒后再试。$/) });
    expect((await document(request(other), context)).status).toBe(200);
  });
});
