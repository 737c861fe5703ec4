import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { authenticateToken, hashToken } from "@/lib/server/auth/authenticate-token";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

describe("createApiToken", () => {
  it("returns the plaintext once and stores only its hash and prefix", async () => {
    const { token, row } = await createApiToken(s.actors.cityAdminA, { name: "数据中台", role: "INSPECTOR", expiresInDays: 30 });
    expect(token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
    expect(row).toMatchObject({ name: "数据中台", role: "INSPECTOR", prefix: token.slice(0, 11), departmentId: null, revokedAt: null, lastUsedAt: null });
    expect(row.createdByName).toBeTruthy();
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "api-token.create" } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(stored.tokenHash);
  });

  it("authenticates as the token's role in the admin's city", async () => {
    const { token } = await createApiToken(s.actors.cityAdminA, {
      name: "联络员接口",
      role: "DEPARTMENT_LIAISON",
      departmentId: s.departmentA1.id,
      expiresInDays: 1,
    });
    const actor = await authenticateToken(token);
    expect(actor).toMatchObject({ kind: "token", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, provinceId: s.province.id, departmentId: s.departmentA1.id });
    expect(await authenticateToken(token + "x")).toBeNull();
  });

  it("needs a department of the admin's city for a liaison token", async () => {
    await expect(createApiToken(s.actors.cityAdminA, { name: "x", role: "DEPARTMENT_LIAISON", expiresInDays: 1 })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: expect.any(Array) },
    });
    await expect(
      createApiToken(s.actors.cityAdminA, { name: "x", role: "DEPARTMENT_LIAISON", departmentId: s.departmentB1.id, expiresInDays: 1 }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("validates the role and the expiry", async () => {
    await expect(createApiToken(s.actors.cityAdminA, { name: "", role: "SYSTEM_ADMIN", expiresInDays: 366 })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { name: expect.any(Array), role: expect.any(Array), expiresInDays: expect.any(Array) },
    });
  });

  it("is a signed-in city admin's job only", async () => {
    for (const actor of [s.actors.systemAdmin, s.actors.supervisor, s.actors.inspectorA, s.actors.liaisonA1]) {
      await expect(createApiToken(actor, { name: "x", role: "INSPECTOR", expiresInDays: 1 })).rejects.toMatchObject({ status: 403 });
    }
    const tokenActor: Actor = { ...s.actors.cityAdminA, kind: "token" };
    await expect(createApiToken(tokenActor, { name: "x", role: "INSPECTOR", expiresInDays: 1 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("revoked and expired tokens", () => {
  it("no longer authenticate", async () => {
    const { token, row } = await createApiToken(s.actors.cityAdminA, { name: "临时", role: "CITY_ADMIN", expiresInDays: 2 });
    expect(await authenticateToken(token)).not.toBeNull();
    expect(await authenticateToken(token, new Date(Date.now() + 3 * 86_400_000))).toBeNull();

    const revoked = await revokeApiToken(s.actors.cityAdminA, { id: row.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await authenticateToken(token)).toBeNull();
    await expect(revokeApiToken(s.actors.cityAdminA, { id: row.id })).rejects.toMatchObject({ status: 409 });
  });

  it("of another city cannot be revoked (404)", async () => {
    const { row } = await createApiToken(s.actors.cityAdminB, { name: "乙市", role: "INSPECTOR", expiresInDays: 1 });
    await expect(revokeApiToken(s.actors.cityAdminA, { id: row.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("listApiTokens", () => {
  it("lists the admin's city's tokens without hashes, newest first", async () => {
    const { row: mine } = await createApiToken(s.actors.cityAdminA, { name: "最新", role: "INSPECTOR", expiresInDays: 1 });
    const { row: theirs } = await createApiToken(s.actors.cityAdminB, { name: "乙市令牌", role: "INSPECTOR", expiresInDays: 1 });
    const rows = await listApiTokens(s.actors.cityAdminA);
    expect(rows[0].id).toBe(mine.id);
    expect(rows.map((r) => r.id)).not.toContain(theirs.id);
    expect(JSON.stringify(rows)).not.toMatch(/tokenHash/);
    await expect(listApiTokens(s.actors.inspectorA)).rejects.toMatchObject({ status: 403 });
  });
});
