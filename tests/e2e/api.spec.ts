import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, storageStatePath } from "./accounts";

test("health reports the database the server runs on", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: process.env.DATABASE_URL ? "postgres" : "embedded",
    schema: "up-to-date",
  });
});

test("the JSON API answers 401 as JSON, never a redirect, without a session", async ({ request }) => {
  const response = await request.get("/api/v1/departments", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
});

test("scripts sign in through csrf → callback → session and see the role", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  await context.post("/api/auth/callback/credentials", {
    form: { email: ACCOUNTS.supervisor, password: DEMO_PASSWORD, csrfToken, json: "true" },
  });
  const session = await (await context.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: ACCOUNTS.supervisor, role: "PROVINCE_SUPERVISOR" });
  await context.dispose();
});

test.describe("as the city office", () => {
  test.use({ storageState: storageStatePath("office") });

  test("50 concurrent writes leave exactly 50 rows", async ({ request }) => {
    const batch = `并发测试${Date.now().toString(36)}`;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => request.post("/api/v1/departments", { data: { name: `${batch}-${String(i).padStart(2, "0")}`, kind: "BUREAU" } })),
    );
    expect(responses.map((r) => r.status())).toEqual(Array(50).fill(201));
    const list = await (await request.get(`/api/v1/departments?q=${encodeURIComponent(batch)}&pageSize=500`)).json();
    expect(list.total).toBe(50);
    expect(new Set(list.items.map((d: { name: string }) => d.name)).size).toBe(50);
  });
});
