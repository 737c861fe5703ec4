import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../../e2e/accounts";

// Probes 5 and 6 of issue 7 against the running app, through next-auth's own flow (the one
// scripts use): a cookie copied before sign-out kept working, and a second session survived the
// end of the account. The test makes its own user; it never uses the browser tests' saved sessions.

const SESSION_COOKIE = "next-auth.session-token";

async function signIn(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
  expect(response.ok()).toBe(true);
  expect((await (await context.get("/api/auth/session")).json()).user?.email).toBe(email);
  return context;
}

async function sessionCookieOf(context: APIRequestContext): Promise<string> {
  const cookie = (await context.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie, "a session cookie").toBeDefined();
  return cookie!.value;
}

/** A fresh client that only replays the copied cookie. */
async function replay(baseURL: string, cookie: string) {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` } });
  const session = await (await context.get("/api/auth/session")).json();
  const me = (await context.get("/api/v1/me")).status();
  await context.dispose();
  return { user: session?.user?.email ?? null, me };
}

test("sign-out kills a copied cookie, other sessions live until the account is deactivated", async ({ baseURL }) => {
  const office = await signIn(baseURL!, "office@demo.local", DEMO_PASSWORD);
  const email = `session-probe-${Date.now()}@test.local`;
  const created = await office.post("/api/v1/users", { data: { email, name: "会话探针", role: "INSPECTOR" } });
  expect(created.status()).toBe(201);
  const { user, initialPassword } = await created.json();

  const laptop = await signIn(baseURL!, email, initialPassword);
  const phone = await signIn(baseURL!, email, initialPassword);
  const copied = await sessionCookieOf(laptop);
  expect(await replay(baseURL!, copied)).toEqual({ user: email, me: 200 });

  const { csrfToken } = await (await laptop.get("/api/auth/csrf")).json();
  await laptop.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(await replay(baseURL!, copied)).toEqual({ user: null, me: 401 });
  const phoneCookie = await sessionCookieOf(phone);
  expect(await replay(baseURL!, phoneCookie)).toEqual({ user: email, me: 200 });

  const deactivated = await office.post(`/api/v1/users/${user.id}/deactivate`, { data: { version: user.version } });
  expect(deactivated.status()).toBe(200);
  expect(await replay(baseURL!, phoneCookie)).toEqual({ user: null, me: 401 });
  await Promise.all([office.dispose(), laptop.dispose(), phone.dispose()]);
});
