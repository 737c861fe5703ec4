import { describe, expect, it } from "vitest";
import { buildTimeHeaderRules, contentSecurityPolicy, createNonce, isHttpsUrl, pageSecurityHeaders, transportSecurityHeaders } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("page CSP", () => {
  it("allows Next's scripts by nonce only, without eval, and denies framing, plugins and foreign bases", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", isHttps: false, isDev: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("relaxes eval and style elements in development only, and upgrades requests over https", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", isHttps: false, isDev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy({ nonce: "n", isHttps: true, isDev: false })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("nonces", () => {
  it("are fresh base64 of 128 bits", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("header lists", () => {
  it("a page carries CSP, nosniff, referrer, permissions and frame options, and HSTS over https only", () => {
    const http = new Map(pageSecurityHeaders({ nonce: "n", isHttps: false, isDev: false }));
    expect(http.get("X-Content-Type-Options")).toBe("nosniff");
    expect(http.get("Referrer-Policy")).toBe("same-origin");
    expect(http.get("Permissions-Policy")).toBe("camera=(self), geolocation=(self), microphone=(), payment=(), usb=()");
    expect(http.get("X-Frame-Options")).toBe("DENY");
    expect(http.get("Content-Security-Policy")).toContain("'nonce-n'");
    expect(http.has("Strict-Transport-Security")).toBe(false);
    const https = new Map(pageSecurityHeaders({ nonce: "n", isHttps: true, isDev: false }));
    expect(https.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("HSTS follows the address's scheme", () => {
    expect(transportSecurityHeaders(false)).toEqual([]);
    expect(isHttpsUrl("https://cw.example.gov.cn")).toBe(true);
    expect(isHttpsUrl("HTTPS://cw.example.gov.cn")).toBe(true);
    expect(isHttpsUrl("http://localhost:3000")).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
  });

  it("the build-time rules give every path the common headers and the API a deny-all CSP", () => {
    const [all, api, evidence] = buildTimeHeaderRules();
    expect(all.source).toBe("/:path*");
    expect(all.headers.map((h) => h.key)).toEqual(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]);
    expect(api).toEqual({ source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] });
    expect(JSON.stringify(buildTimeHeaderRules())).not.toContain("Strict-Transport-Security");
    // Evidence opens in a tab (Chrome's PDF viewer is an object of the app's origin); still no script.
    expect(evidence.source).toBe("/api/v1/evidence/:path*");
    const evidenceCsp = evidence.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    expect(evidenceCsp).toContain("object-src 'self'");
    expect(evidenceCsp).toContain("default-src 'none'");
    expect(evidenceCsp).not.toContain("script-src");
  });
});
