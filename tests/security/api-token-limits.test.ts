import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { authenticateToken } from "@/lib/server/auth/authenticate-token";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { updateUser } from "@/lib/server/users/update-user";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser as makeUser, FACTORY_PASSWORD } from "@/tests/factories/user";
import * as meRoute from "@/app/api/v1/me/route";
import * as tokenRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as usersRoute from "@/app/api/v1/users/route";

// Probes 3 and 4 of issue 7: a CITY_ADMIN token created a city admin with a password (who then
// minted a 365-day token), and a token kept working after its creator was deactivated.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const bearer = (token: string, init: { method?: string; body?: unknown } = {}) =>
  new NextRequest("http://localhost/api/v1/users", {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

/** A fresh city admin of city A (its own creator of tokens) and a token it made. */
async function adminWithToken(role: "CITY_ADMIN" | "INSPECTOR" | "DEPARTMENT_LIAISON" = "CITY_ADMIN") {
  const admin = await makeUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id });
  const departmentId = role === "DEPARTMENT_LIAISON" ? s.departmentA1.id : undefined;
  const { token } = await createApiToken(admin.actor, { name: `令牌${uniqueSuffix()}`, role, departmentId, expiresInDays: 30 });
  const tokenActor = (await authenticateToken(token)) as Actor;
  return { admin, token, tokenActor };
}

describe("a token never manages accounts", () => {
  it("POST /api/v1/users with a city admin's token is 403 and creates nobody", async () => {
    const { token } = await adminWithToken();
    const email = `token-made-${uniqueSuffix()}@test.local`;
    const response = await usersRoute.POST(bearer(token, { method: "POST", body: { email, name: "令牌建的", role: "CITY_ADMIN" } }), none);
    expect(response.status).toBe(403);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it.each(["CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"] as const)(
    "a %s token cannot create, change or end users, roles, tokens, passwords or sessions",
    async (role) => {
      const { admin, tokenActor } = await adminWithToken(role);
      const { user: target } = await makeUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
      const { row } = await createApiToken(admin.actor, { name: "另一个", role: "INSPECTOR", expiresInDays: 1 });
      const attempts: Array<() => Promise<unknown>> = [
        () => createUser(tokenActor, { email: `x-${uniqueSuffix()}@test.local`, name: "x", role: "CITY_ADMIN" }),
        () => updateUser(tokenActor, { id: target.id, version: 1, name: "x", role: "CITY_ADMIN", cityId: s.cityA.id }),
        () => deactivateUser(tokenActor, { id: target.id, version: 1 }),
        () => reactivateUser(tokenActor, { id: target.id, version: 1 }),
        () => resetUserPassword(tokenActor, { id: target.id, version: 1 }),
        () => createApiToken(tokenActor, { name: "再造", role: "CITY_ADMIN", expiresInDays: 365 }),
        () => revokeApiToken(tokenActor, { id: row.id }),
        () => changeOwnPassword(tokenActor, { currentPassword: FACTORY_PASSWORD, newPassword: "Token2026pw" }),
        () => signOutEverywhere(tokenActor, {}),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ status: 403 });
      expect(await db().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ version: 1, isActive: true });
      expect(await db().apiToken.count({ where: { createdById: admin.user.id } })).toBe(2);
    },
  );
});

describe("a token acts with its creator's authority at most", () => {
  it("stops working when its creator is deactivated", async () => {
    const { admin, token } = await adminWithToken();
    expect((await meRoute.GET(bearer(token), none)).status).toBe(200);
    await deactivateUser(s.actors.cityAdminA, { id: admin.user.id, version: 1 });
    expect(await authenticateToken(token)).toBeNull();
    expect((await meRoute.GET(bearer(token), none)).status).toBe(401);
  });

  it("stops working when its creator no longer administers the city (made an inspector)", async () => {
    const { admin, token } = await adminWithToken("INSPECTOR");
    await updateUser(s.actors.cityAdminA, { id: admin.user.id, version: 1, name: admin.user.name, role: "INSPECTOR", cityId: s.cityA.id });
    expect(await authenticateToken(token)).toBeNull();
  });

  it("stops working while its creator's password is reset and not yet changed, and works again after", async () => {
    const { admin, token } = await adminWithToken();
    await resetUserPassword(s.actors.cityAdminA, { id: admin.user.id, version: 1 });
    expect(await authenticateToken(token)).toBeNull();
    await db().user.update({ where: { id: admin.user.id }, data: { mustChangePassword: false } });
    expect(await authenticateToken(token)).not.toBeNull();
  });

  it("keeps working while its creator holds the role", async () => {
    const { token } = await adminWithToken("DEPARTMENT_LIAISON");
    expect(await authenticateToken(token)).toMatchObject({ kind: "token", role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
  });
});

describe("/api/v1/tokens", () => {
  afterEach(() => {
    session.actor = null;
  });
  const call = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    new NextRequest(`http://localhost${path}`, {
      method: init.method ?? "GET",
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });

  it("lets a signed-in city admin create (secret once), list and revoke a token, which then stops working", async () => {
    const admin = await makeUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id });
    session.actor = admin.actor;
    const name = `对接系统${uniqueSuffix()}`;
    const created = await tokensRoute.POST(call("/api/v1/tokens", { method: "POST", body: { name, role: "INSPECTOR", expiresInDays: 30 } }), none);
    expect(created.status).toBe(201);
    const row = await created.json();
    expect(row).toMatchObject({ name, role: "INSPECTOR", token: expect.stringMatching(/^cw_/), revokedAt: null });
    expect((await meRoute.GET(bearer(row.token), none)).status).toBe(200);

    const list = await (await tokensRoute.GET(call("/api/v1/tokens?pageSize=500"), none)).json();
    expect(list).toMatchObject({ page: 1, pageSize: 500, total: expect.any(Number) });
    const listed = list.items.find((item: { id: string }) => item.id === row.id);
    expect(listed).toMatchObject({ name, prefix: row.token.slice(0, 11) });
    expect(JSON.stringify(list)).not.toContain(row.token);

    const revoked = await tokenRoute.DELETE(call(`/api/v1/tokens/${row.id}`, { method: "DELETE" }), { params: Promise.resolve({ id: row.id }) });
    expect(await revoked.json()).toMatchObject({ id: row.id, revokedAt: expect.any(String) });
    expect((await meRoute.GET(bearer(row.token), none)).status).toBe(401);
  });

  it("refuses every token (403), a liaison (403), and another city's token id (404)", async () => {
    const { token, admin } = await adminWithToken();
    const { row } = await createApiToken(admin.actor, { name: "目标", role: "INSPECTOR", expiresInDays: 1 });
    const byId = { params: Promise.resolve({ id: row.id }) };
    expect((await tokensRoute.GET(call("/api/v1/tokens", { token }), none)).status).toBe(403);
    expect(
      (await tokensRoute.POST(call("/api/v1/tokens", { token, method: "POST", body: { name: "x", role: "CITY_ADMIN", expiresInDays: 365 } }), none)).status,
    ).toBe(403);
    expect((await tokenRoute.DELETE(call(`/api/v1/tokens/${row.id}`, { token, method: "DELETE" }), byId)).status).toBe(403);

    session.actor = s.actors.liaisonA1;
    expect((await tokensRoute.GET(call("/api/v1/tokens"), none)).status).toBe(403);
    session.actor = s.actors.cityAdminB;
    expect((await tokenRoute.DELETE(call(`/api/v1/tokens/${row.id}`, { method: "DELETE" }), byId)).status).toBe(404);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).toBeNull();
  });
});
