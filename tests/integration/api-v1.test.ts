import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createDepartment as makeDepartment } from "@/tests/factories/department";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser as makeUser } from "@/tests/factories/user";
import * as auditRoute from "@/app/api/v1/audit-log/route";
import * as citiesRoute from "@/app/api/v1/cities/route";
import * as departmentRoute from "@/app/api/v1/departments/[id]/route";
import * as departmentsRoute from "@/app/api/v1/departments/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as deactivateRoute from "@/app/api/v1/users/[id]/deactivate/route";
import * as userRoute from "@/app/api/v1/users/[id]/route";
import * as usersRoute from "@/app/api/v1/users/route";

// Route handlers are called directly: there is no session outside a request, so they are reached
// with Bearer tokens, and the session lookup answers "nobody".
// Managing users takes a person signed in (never a token): those cases set a session actor.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => session.actor }));

let s: CityScenario;
let adminToken: string;
let liaisonToken: string;

beforeAll(async () => {
  s = await createCityScenario(db());
  adminToken = (await createApiToken(s.actors.cityAdminA, { name: "接口测试", role: "CITY_ADMIN", expiresInDays: 7 })).token;
  liaisonToken = (await createApiToken(s.actors.cityAdminA, { name: "联络员", role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id, expiresInDays: 7 }))
    .token;
});

type Init = { token?: string; method?: string; body?: unknown };
function request(path: string, { token = adminToken, method = "GET", body }: Init = {}) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers["content-type"] = "application/json";
  return new NextRequest(`http://localhost${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
const none = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe("authentication", () => {
  it("answers 401 JSON without a token, or with a bad or revoked one", async () => {
    for (const token of ["", "cw_nonsense"]) {
      const response = await departmentsRoute.GET(request("/api/v1/departments", { token }), none);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    }
    const { token, row } = await createApiToken(s.actors.cityAdminA, { name: "待撤销", role: "INSPECTOR", expiresInDays: 1 });
    expect((await meRoute.GET(request("/api/v1/me", { token }), none)).status).toBe(200);
    await revokeApiToken(s.actors.cityAdminA, { id: row.id });
    expect((await meRoute.GET(request("/api/v1/me", { token }), none)).status).toBe(401);
  });

  it("GET /me describes the token's actor", async () => {
    const response = await meRoute.GET(request("/api/v1/me", { token: liaisonToken }), none);
    expect(await response.json()).toMatchObject({
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityA.id,
      provinceId: s.province.id,
      departmentId: s.departmentA1.id,
      label: expect.stringContaining("联络员"),
    });
  });
});

describe("/api/v1/departments", () => {
  it("lists with the envelope and paging", async () => {
    const response = await departmentsRoute.GET(request("/api/v1/departments?pageSize=1&page=2"), none);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [expect.objectContaining({ cityId: s.cityA.id })] });
  });

  it("answers 422 with field errors for a bad query or body, and 201 on create", async () => {
    const badQuery = await departmentsRoute.GET(request("/api/v1/departments?pageSize=9999"), none);
    expect(badQuery.status).toBe(422);
    expect(await badQuery.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { pageSize: expect.any(Array) } });
    const invalid = await departmentsRoute.POST(request("/api/v1/departments", { method: "POST", body: { name: "", kind: "X" } }), none);
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      error: { code: "VALIDATION_FAILED", message: expect.any(String) },
      fieldErrors: { name: expect.any(Array), kind: expect.any(Array) },
    });
    const created = await departmentsRoute.POST(
      request("/api/v1/departments", { method: "POST", body: { name: `接口局${uniqueSuffix()}`, kind: "BUREAU" } }),
      none,
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ cityId: s.cityA.id, version: 1 });
  });

  it("answers 404 for another city's department and for a liaison's neighbour", async () => {
    const other = await departmentRoute.GET(request(`/api/v1/departments/${s.departmentB1.id}`), withId(s.departmentB1.id));
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    const neighbour = await departmentRoute.GET(request(`/api/v1/departments/${s.departmentA2.id}`, { token: liaisonToken }), withId(s.departmentA2.id));
    expect(neighbour.status).toBe(404);
    const own = await departmentRoute.GET(request(`/api/v1/departments/${s.departmentA1.id}`, { token: liaisonToken }), withId(s.departmentA1.id));
    expect(own.status).toBe(200);
  });

  it("PATCHes with a version, answers 409 with current and submitted for a stale one, 403 to a liaison", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    const path = `/api/v1/departments/${department.id}`;
    const ok = await departmentRoute.PATCH(request(path, { method: "PATCH", body: { version: 1, leaderName: "赵六" } }), withId(department.id));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ version: 2, leaderName: "赵六" });
    const stale = await departmentRoute.PATCH(request(path, { method: "PATCH", body: { version: 1, leaderName: "钱七" } }), withId(department.id));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "VERSION_CONFLICT" },
      current: { version: 2, leaderName: "赵六" },
      submitted: { version: 1, leaderName: "钱七" },
    });
    const liaison = await departmentRoute.PATCH(request(path, { token: liaisonToken, method: "PATCH", body: { version: 2 } }), withId(department.id));
    expect(liaison.status).toBe(403);
  });

  it("DELETEs softly with ?version=", async () => {
    const department = await makeDepartment(db(), { cityId: s.cityA.id });
    const path = `/api/v1/departments/${department.id}`;
    expect((await departmentRoute.DELETE(request(path, { method: "DELETE" }), withId(department.id))).status).toBe(422);
    const response = await departmentRoute.DELETE(request(`${path}?version=1`, { method: "DELETE" }), withId(department.id));
    expect(response.status).toBe(200);
    expect((await response.json()).deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe("/api/v1/users", () => {
  afterEach(() => {
    session.actor = null;
  });

  it("creates (201, initial password once), reads, updates and deactivates for a signed-in admin", async () => {
    session.actor = s.actors.cityAdminA;
    const email = `api-${uniqueSuffix()}@test.local`;
    const body = { email, name: "接口用户", role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id };
    expect((await usersRoute.POST(request("/api/v1/users", { method: "POST", body }), none)).status).toBe(403);
    const created = await usersRoute.POST(request("/api/v1/users", { token: "", method: "POST", body }), none);
    expect(created.status).toBe(201);
    const { user, initialPassword } = await created.json();
    expect(initialPassword).toEqual(expect.any(String));
    expect(user).toMatchObject({ email, cityId: s.cityA.id, departmentId: s.departmentA1.id, mustChangePassword: true, lastLoginAt: null });

    const list = await (await usersRoute.GET(request(`/api/v1/users?q=${encodeURIComponent(email)}`), none)).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [expect.objectContaining({ id: user.id })] });
    expect((await userRoute.GET(request(`/api/v1/users/${user.id}`), withId(user.id))).status).toBe(200);

    const moved = await userRoute.PATCH(
      request(`/api/v1/users/${user.id}`, {
        token: "",
        method: "PATCH",
        body: { version: 1, name: "接口用户", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA2.id },
      }),
      withId(user.id),
    );
    expect(await moved.json()).toMatchObject({ departmentId: s.departmentA2.id, version: 2 });
    const deactivated = await deactivateRoute.POST(
      request(`/api/v1/users/${user.id}/deactivate`, { token: "", method: "POST", body: { version: 2 } }),
      withId(user.id),
    );
    expect(await deactivated.json()).toMatchObject({ isActive: false, version: 3 });
  });

  it("answers 404 for another city's user, 403 to a liaison, 422 for malformed JSON", async () => {
    const { user } = await makeUser(db(), { role: "INSPECTOR", cityId: s.cityB.id });
    expect((await userRoute.GET(request(`/api/v1/users/${user.id}`), withId(user.id))).status).toBe(404);
    expect((await usersRoute.GET(request("/api/v1/users", { token: liaisonToken }), none)).status).toBe(403);
    session.actor = s.actors.cityAdminA;
    const malformed = new NextRequest("http://localhost/api/v1/users", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect((await usersRoute.POST(malformed, none)).status).toBe(422);
  });
});

describe("/api/v1/audit-log and /api/v1/cities", () => {
  it("lists the city's audit entries and the city", async () => {
    const audit = await (await auditRoute.GET(request("/api/v1/audit-log?entityType=Department"), none)).json();
    expect(audit.items.length).toBeGreaterThan(0);
    expect(audit.items.every((e: { cityId: string }) => e.cityId === s.cityA.id)).toBe(true);
    const cities = await (await citiesRoute.GET(request("/api/v1/cities"), none)).json();
    expect(cities).toEqual({
      items: [expect.objectContaining({ id: s.cityA.id, provinceName: s.province.name, departmentCount: expect.any(Number) })],
      total: 1,
      page: 1,
      pageSize: 50,
    });
    expect((await auditRoute.GET(request("/api/v1/audit-log", { token: liaisonToken }), none)).status).toBe(403);
  });
});
