import { expect, test, type APIResponse } from "@playwright/test";
import { ACCOUNTS } from "../../e2e/accounts";
import { signInThroughForm } from "./sign-in-through-form";

// Probe 9 of issue 7, against the running server: pages, the API and static files tell the
// browser to protect the app; HSTS only when the app is served over https (here it is http).

function expectCommonHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toBe("camera=(self), geolocation=(self), microphone=(), payment=(), usb=()");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("pages carry a fresh nonce CSP, and every script Next renders carries that nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/login", "/", "/cities/no-such-city"]) {
    const response = await request.get(path);
    expectCommonHeaders(response, path);
    const csp = response.headers()["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).not.toContain("upgrade-insecure-requests");
    const nonce = nonceOf(csp)!;
    nonces.add(nonce);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
});

test("the JSON API, signed in or not, has nosniff and a deny-all CSP; so do Next's static files and the sign-in API", async ({ page, request }) => {
  for (const path of ["/api/v1", "/api/v1/no-such-route"]) {
    const unknown = await request.get(path);
    expect(unknown.status(), path).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  }
  const anonymous = await request.get("/api/v1/departments");
  expect(anonymous.status()).toBe(401);
  expectCommonHeaders(anonymous, "401");
  expect(anonymous.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  await signInThroughForm(page, ACCOUNTS.office);
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["content-type"]).toContain("application/json");
  expectCommonHeaders(me, "/api/v1/me");
  expect(me.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  // Evidence opens in a tab: the later rule lets Chrome's PDF viewer (an object) in, still no script.
  const evidence = await page.request.get("/api/v1/evidence/no-such-file");
  expect(evidence.headers()["x-content-type-options"]).toBe("nosniff");
  expect(evidence.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(evidence.headers()["content-security-policy"]).toContain("object-src 'self'");
  expect(evidence.headers()["content-security-policy"]).not.toContain("script-src");

  const csrf = await request.get("/api/auth/csrf");
  expectCommonHeaders(csrf, "/api/auth/csrf");

  const html = await (await request.get("/login")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  const asset = await request.get(chunk);
  expect(asset.status()).toBe(200);
  expectCommonHeaders(asset, chunk);
});

test("the session cookie over http is HttpOnly, SameSite=Lax and not __Host- (a browser refuses that prefix without https)", async ({ page, context }) => {
  await signInThroughForm(page, ACCOUNTS.office);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ name: "next-auth.session-token", httpOnly: true, sameSite: "Lax", path: "/" });
});

test("a control character in a page's query string is a 400 with a Chinese message, not a 500", async ({ request }) => {
  for (const path of ["/cities/demo?q=%00", "/login?callbackUrl=%1b", "/tasks?q=a%00b"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("控制字符");
    expectCommonHeaders(response, path);
  }
});
