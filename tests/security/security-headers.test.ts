import { encode } from "next-auth/jwt";
import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";

// Probe 9 (no security headers) and the __Host- cookie bullet of issue 7 §5, reached through the
// proxy, next.config.ts and the next-auth options themselves; the real browser walks the pages in
// tests/security/browser/.
const SECRET = "security-headers-test-secret-0123456789";
const saved = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET };

async function withAddress(url: string) {
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET = SECRET;
  resetEnvCache();
  vi.resetModules();
  return (await import("@/proxy")).proxy;
}

beforeEach(async () => {
  await withAddress("http://localhost:3000");
});
afterEach(() => {
  process.env.NEXTAUTH_URL = saved.url;
  process.env.NEXTAUTH_SECRET = saved.secret;
  resetEnvCache();
});

function pageRequest(url: string, cookie?: string) {
  return new NextRequest(url, { headers: cookie ? { cookie } : {} });
}
// The sign-in check never uses the event (no waitUntil work).
const event = () => ({}) as NextFetchEvent;
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("page headers from the proxy", () => {
  it("every public page gets a nonce CSP, on the response and on the request Next renders from, fresh each time", async () => {
    const proxy = await withAddress("http://localhost:3000");
    const nonces = new Set<string>();
    for (const path of ["/", "/login", "/cities/demo", "/cities", "/"]) {
      const response = await proxy(pageRequest(`http://localhost:3000${path}`), event());
      const csp = response.headers.get("content-security-policy");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).not.toContain("unsafe-eval");
      // NextResponse.next carries the rewritten request headers as x-middleware-request-*.
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("permissions-policy")).toBe("camera=(self), geolocation=(self), microphone=(), payment=(), usb=()");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("strict-transport-security")).toBeNull();
      nonces.add(nonceOf(csp)!);
    }
    expect(nonces.size).toBe(5);
  });

  it("a client's own CSP request header is replaced, never passed on to the renderer", async () => {
    const proxy = await withAddress("http://localhost:3000");
    const request = new NextRequest("http://localhost:3000/login", { headers: { "content-security-policy": "script-src 'nonce-attacker'" } });
    const response = await proxy(request, event());
    expect(response.headers.get("x-middleware-request-content-security-policy")).not.toContain("attacker");
  });

  it("public pages stay reachable without a session; console pages redirect to sign-in, with the headers too", async () => {
    const proxy = await withAddress("http://localhost:3000");
    for (const path of ["/", "/login", "/cities/demo"]) expect((await proxy(pageRequest(`http://localhost:3000${path}`), event())).status).toBe(200);
    const response = await proxy(pageRequest("http://localhost:3000/departments?x=1"), event());
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/login");
    expect(new URL(response.headers.get("location")!).searchParams.get("callbackUrl")).toBe("/departments?x=1");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("over https: HSTS, upgrade-insecure-requests, and the sign-in check reads the __Host- cookie only", async () => {
    const proxy = await withAddress("https://cw.example.gov.cn");
    const token = await encode({ token: { sub: "someone" }, secret: SECRET });
    const host = await proxy(pageRequest("https://cw.example.gov.cn/dashboard", `__Host-next-auth.session-token=${token}`), event());
    expect(host.status).toBe(200);
    expect(host.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(host.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    // A cookie without the prefix could have been planted by a sibling host or over http.
    const plain = await proxy(pageRequest("https://cw.example.gov.cn/dashboard", `next-auth.session-token=${token}`), event());
    expect(plain.status).toBe(307);
  });

  it("over http the plain cookie name signs in", async () => {
    const proxy = await withAddress("http://localhost:3000");
    const token = await encode({ token: { sub: "someone" }, secret: SECRET });
    expect((await proxy(pageRequest("http://localhost:3000/dashboard", `next-auth.session-token=${token}`), event())).status).toBe(200);
  });
});

describe("control characters in a page address", () => {
  it("answer 400 with a Chinese message instead of reaching a page", async () => {
    const proxy = await withAddress("http://localhost:3000");
    for (const query of ["?q=%00", "?status=%1b", "?%00=1", "?q=a%C2%85b", "?page=1&q=%7F"]) {
      for (const path of ["/tasks", "/cities/demo", "/"]) {
        const response = await proxy(pageRequest(`http://localhost:3000${path}${query}`), event());
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        expect(await response.text()).toMatch(/控制字符/);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }
    }
    expect((await proxy(pageRequest("http://localhost:3000/tasks/%00"), event())).status).toBe(400);
    expect((await proxy(pageRequest("http://localhost:3000/cities/demo?q=%E6%96%87%E6%98%8E%09"), event())).status).toBe(400);
    expect((await proxy(pageRequest("http://localhost:3000/cities/demo?q=%E6%96%87%E6%98%8E"), event())).status).toBe(200);
  });
});

describe("API and static headers from next.config.ts", () => {
  it("every path gets nosniff, referrer, permissions and frame options; the API a deny-all CSP; no HSTS at build time", async () => {
    const config = (await import("@/next.config")).default;
    const rules = await config.headers!();
    const forPath = (source: string) => new Map(rules.find((r) => r.source === source)!.headers.map((h) => [h.key, h.value]));
    expect(forPath("/:path*").get("X-Content-Type-Options")).toBe("nosniff");
    expect(forPath("/:path*").get("Referrer-Policy")).toBe("same-origin");
    expect(forPath("/:path*").get("Permissions-Policy")).toMatch(/^camera=\(self\), geolocation=\(self\)/);
    expect(forPath("/api/:path*").get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(JSON.stringify(rules)).not.toContain("Strict-Transport-Security");
  });

  it("the proxy copies at most 1 MB of a page request's body (pages take no uploads)", async () => {
    const config = (await import("@/next.config")).default;
    expect(config.experimental?.proxyClientMaxBodySize).toBe("1mb");
  });

  it("the proxy never runs for the API, whose bodies Next would otherwise buffer and cut", async () => {
    const { config } = await import("@/proxy");
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    for (const path of ["/", "/login", "/cities/demo", "/dashboard", "/tasks/abc/edit", "/nope"]) expect(matcher.test(path)).toBe(true);
    for (const path of ["/api/v1/departments", "/api/auth/csrf", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"])
      expect(matcher.test(path)).toBe(false);
  });
});

describe("next-auth's cookies", () => {
  it("are __Host- prefixed and Secure when NEXTAUTH_URL is https, plain over http", async () => {
    await withAddress("https://cw.example.gov.cn");
    const https = (await import("@/lib/auth/options")).authOptions;
    expect(https.useSecureCookies).toBe(true);
    expect(https.cookies?.sessionToken).toEqual({
      name: "__Host-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(https.cookies?.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    expect(https.cookies?.callbackUrl?.name).toBe("__Host-next-auth.callback-url");
    await withAddress("http://localhost:3000");
    const http = (await import("@/lib/auth/options")).authOptions;
    expect(http.useSecureCookies).toBe(false);
    expect(http.cookies?.sessionToken?.name).toBe("next-auth.session-token");
  });
});
