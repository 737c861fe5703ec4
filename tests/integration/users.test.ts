import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";
import { listUsers } from "@/lib/server/users/list-users";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { updateUser } from "@/lib/server/users/update-user";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser as makeUser, FACTORY_PASSWORD } from "@/tests/factories/user";

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

const email = () => `new-${uniqueSuffix()}@test.local`;
const hashOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;
const makeLiaison = (departmentId: string) => makeUser(db(), { role: "DEPARTMENT_LIAISON", departmentId });

describe("createUser", () => {
  it("creates each role with its scope and a one-time initial password", async () => {
    const sa = s.actors.systemAdmin;
    const supervisor = await createUser(sa, { email: email(), name: "省督导", role: "PROVINCE_SUPERVISOR", provinceId: s.province.id });
    expect(supervisor.user).toMatchObject({
      role: "PROVINCE_SUPERVISOR",
      provinceId: s.province.id,
      provinceName: s.province.name,
      cityId: null,
      mustChangePassword: true,
      isActive: true,
      version: 1,
    });
    const { user, initialPassword } = await createUser(sa, {
      email: ` ${email().toUpperCase()} `,
      name: "联络员",
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityB.id,
      departmentId: s.departmentB1.id,
    });
    expect(user).toMatchObject({
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityB.id,
      cityName: s.cityB.name,
      departmentId: s.departmentB1.id,
      provinceId: s.province.id,
    });
    expect(user.email).toBe(user.email.trim().toLowerCase());
    expect(initialPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{12}$/);
    expect(await verifyPassword(await hashOf(user.id), initialPassword)).toBe(true);
    const actor = await loadUserActor(user.id);
    expect(actor).toMatchObject({ role: "DEPARTMENT_LIAISON", cityId: s.cityB.id, departmentId: s.departmentB1.id, mustChangePassword: true });
  });

  it("writes an audit row without any password or hash", async () => {
    const { user, initialPassword } = await createUser(s.actors.cityAdminA, { email: email(), name: "督查员", role: "INSPECTOR" });
    expect(user.cityId).toBe(s.cityA.id);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(initialPassword);
    expect(text).not.toMatch(/passwordHash|argon2/);
    expect(entry).toMatchObject({ cityId: s.cityA.id, after: expect.objectContaining({ email: user.email }) });
  });

  it("checks that the scope fits the role", async () => {
    const sa = s.actors.systemAdmin;
    await expect(createUser(sa, { email: email(), name: "x", role: "PROVINCE_SUPERVISOR" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { provinceId: expect.any(Array) },
    });
    await expect(createUser(sa, { email: email(), name: "x", role: "INSPECTOR" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { cityId: expect.any(Array) },
    });
    await expect(createUser(sa, { email: email(), name: "x", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { departmentId: expect.any(Array) },
    });
    await expect(
      createUser(sa, { email: email(), name: "x", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentB1.id }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { departmentId: ["该单位不属于所选城市"] } });
  });

  it("refuses a duplicate email, without saying it is taken, and invalid input with field errors", async () => {
    const taken = (await db().user.findUniqueOrThrow({ where: { id: s.actors.inspectorA.id } })).email;
    await expect(createUser(s.actors.cityAdminA, { email: taken, name: "x", role: "INSPECTOR" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { email: ["无法使用该邮箱创建账号，请核对后重试或联系系统管理员。"] },
    });
    await expect(createUser(s.actors.cityAdminA, { email: "not-an-email", name: "", role: "KING" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { email: expect.any(Array), name: expect.any(Array), role: expect.any(Array) },
    });
  });

  it("keeps a city admin to its own city and to city roles", async () => {
    const ca = s.actors.cityAdminA;
    await expect(createUser(ca, { email: email(), name: "x", role: "PROVINCE_SUPERVISOR", provinceId: s.province.id })).rejects.toMatchObject({ status: 403 });
    await expect(createUser(ca, { email: email(), name: "x", role: "SYSTEM_ADMIN" })).rejects.toMatchObject({ status: 403 });
    await expect(createUser(ca, { email: email(), name: "x", role: "INSPECTOR", cityId: s.cityB.id })).rejects.toMatchObject({ status: 404 });
    await expect(createUser(ca, { email: email(), name: "x", role: "DEPARTMENT_LIAISON", departmentId: s.departmentB1.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(createUser(s.actors.supervisor, { email: email(), name: "x", role: "INSPECTOR", cityId: s.cityA.id })).rejects.toMatchObject({ status: 403 });
  });
});

describe("updateUser", () => {
  it("moves a liaison to another department; the actor follows at once", async () => {
    const { user } = await makeLiaison(s.departmentA1.id);
    const row = await updateUser(s.actors.cityAdminA, {
      id: user.id,
      version: 1,
      name: "新名字",
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityA.id,
      departmentId: s.departmentA2.id,
    });
    expect(row).toMatchObject({ name: "新名字", departmentId: s.departmentA2.id, departmentName: s.departmentA2.name, version: 2 });
    expect((await loadUserActor(user.id))?.departmentId).toBe(s.departmentA2.id);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.update" } });
    expect(entry.before).toMatchObject({ departmentId: s.departmentA1.id, version: 1 });
    expect(entry.after).toMatchObject({ departmentId: s.departmentA2.id, version: 2 });
  });

  it("changes the role", async () => {
    const { user } = await makeLiaison(s.departmentA1.id);
    const row = await updateUser(s.actors.cityAdminA, { id: user.id, version: 1, name: user.name, role: "INSPECTOR", departmentId: s.departmentA1.id });
    expect(row).toMatchObject({ role: "INSPECTOR", cityId: s.cityA.id, departmentId: null });
  });

  it("answers a stale version with 409", async () => {
    const { user } = await makeLiaison(s.departmentA1.id);
    const input = { id: user.id, name: "甲", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA1.id } as const;
    await updateUser(s.actors.cityAdminA, { ...input, version: 1 });
    await expect(updateUser(s.actors.cityAdminA, { ...input, name: "乙", version: 1 })).rejects.toMatchObject({
      status: 409,
      code: "VERSION_CONFLICT",
      details: { current: { name: "甲", version: 2 }, submitted: { name: "乙", version: 1 } },
    });
  });

  it("does not let a user change its own role", async () => {
    const { actor } = await makeUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id });
    await expect(updateUser(actor, { id: actor.id, version: 1, name: "x", role: "INSPECTOR" })).rejects.toMatchObject({ status: 403 });
    expect((await updateUser(actor, { id: actor.id, version: 1, name: "改名", role: "CITY_ADMIN" })).name).toBe("改名");
  });

  it("does not find another city's user, nor move one out of the city", async () => {
    const { user } = await makeLiaison(s.departmentB1.id);
    await expect(updateUser(s.actors.cityAdminA, { id: user.id, version: 1, name: "x", role: "INSPECTOR" })).rejects.toMatchObject({ status: 404 });
    const { user: own } = await makeLiaison(s.departmentA1.id);
    await expect(
      updateUser(s.actors.cityAdminA, { id: own.id, version: 1, name: "x", role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentB1.id }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("deactivates without deleting: the actor no longer loads, until reactivated", async () => {
    const { user } = await makeLiaison(s.departmentA1.id);
    const row = await deactivateUser(s.actors.cityAdminA, { id: user.id, version: 1 });
    expect(row).toMatchObject({ isActive: false, version: 2 });
    expect(await loadUserActor(user.id)).toBeNull();
    expect(await db().user.count({ where: { id: user.id } })).toBe(1);
    await expect(deactivateUser(s.actors.cityAdminA, { id: user.id, version: 2 })).rejects.toMatchObject({ status: 409 });
    expect((await listUsers(s.actors.cityAdminA, { q: user.email })).total).toBe(0);
    expect((await listUsers(s.actors.cityAdminA, { q: user.email, includeInactive: true })).total).toBe(1);

    await db().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 60_000) } });
    const back = await reactivateUser(s.actors.cityAdminA, { id: user.id, version: 2 });
    expect(back).toMatchObject({ isActive: true, lockedUntil: null, version: 3 });
    expect(await loadUserActor(user.id)).not.toBeNull();
  });

  it("does not let a user deactivate itself", async () => {
    const { actor } = await makeUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id });
    await expect(deactivateUser(actor, { id: actor.id, version: 1 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("resetUserPassword", () => {
  it("sets a temporary password that must be changed and clears a lockout", async () => {
    const { user } = await makeLiaison(s.departmentA1.id);
    await db().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 60_000), failedLoginCount: 3 } });
    const { temporaryPassword } = await resetUserPassword(s.actors.cityAdminA, { id: user.id, version: 1 });
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(saved).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedLoginCount: 0, version: 2 });
    expect(await verifyPassword(saved.passwordHash, temporaryPassword)).toBe(true);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: user.id, action: "user.reset-password" } });
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
  });
});

describe("changeOwnPassword", () => {
  const newActor = async () => (await makeUser(db(), { role: "INSPECTOR", cityId: s.cityA.id, mustChangePassword: true })).actor;

  it("is the only use case a user who must change its password may run", async () => {
    const actor = await newActor();
    await expect(listUsers(actor)).rejects.toMatchObject({ status: 403 });
    await expect(deactivateUser(actor, { id: s.actors.liaisonA1.id, version: 1 })).rejects.toMatchObject({ status: 403 });
    await changeOwnPassword(actor, { currentPassword: FACTORY_PASSWORD, newPassword: "Changed2026x" });
    const saved = await db().user.findUniqueOrThrow({ where: { id: actor.id }, omit: { passwordHash: false } });
    expect(saved.mustChangePassword).toBe(false);
    expect(saved.passwordChangedAt).not.toBeNull();
    expect(await verifyPassword(saved.passwordHash, "Changed2026x")).toBe(true);
    expect((await loadUserActor(actor.id))?.mustChangePassword).toBe(false);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: actor.id, action: "user.change-own-password" } });
    expect(JSON.stringify(entry)).not.toMatch(/Changed2026x|Factory@2026|argon2/);
  });

  it("checks the current password and the policy", async () => {
    const actor = await newActor();
    await expect(changeOwnPassword(actor, { currentPassword: "wrong", newPassword: "Changed2026x" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { currentPassword: ["当前密码不正确"] },
    });
    for (const weak of ["short1", "onlyletters", "1234567890"]) {
      await expect(changeOwnPassword(actor, { currentPassword: FACTORY_PASSWORD, newPassword: weak })).rejects.toMatchObject({
        status: 422,
        fieldErrors: { newPassword: expect.any(Array) },
      });
    }
    const same = await makeUser(db(), { role: "INSPECTOR", cityId: s.cityA.id, password: "Same2026same" });
    await expect(changeOwnPassword(same.actor, { currentPassword: "Same2026same", newPassword: "Same2026same" })).rejects.toMatchObject({
      status: 422,
      fieldErrors: { newPassword: ["新密码不能与当前密码相同"] },
    });
  });

  it("is not for API tokens", async () => {
    const token: Actor = { ...s.actors.cityAdminA, kind: "token" };
    await expect(changeOwnPassword(token, { currentPassword: FACTORY_PASSWORD, newPassword: "Changed2026x" })).rejects.toMatchObject({ status: 403 });
  });
});

describe("listUsers and getUserOrThrow", () => {
  it("shows a city admin the users of its city only, a system admin everyone", async () => {
    const { items } = await listUsers(s.actors.cityAdminA, { pageSize: 500 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.cityId === s.cityA.id)).toBe(true);
    expect(items.some((u) => u.id === s.actors.cityAdminB.id)).toBe(false);
    expect((await listUsers(s.actors.systemAdmin, { q: s.actors.cityAdminB.label.split(" ")[0] })).items.map((u) => u.id)).toContain(s.actors.cityAdminB.id);
    const inspectors = await listUsers(s.actors.cityAdminA, { role: "INSPECTOR", pageSize: 500 });
    expect(inspectors.items.every((u) => u.role === "INSPECTOR")).toBe(true);
  });

  it("answers 404 for a user outside the city and 403 to roles without the grant", async () => {
    expect((await getUserOrThrow(s.actors.cityAdminA, s.actors.liaisonA1.id)).departmentName).toBe(s.departmentA1.name);
    await expect(getUserOrThrow(s.actors.cityAdminA, s.actors.cityAdminB.id)).rejects.toMatchObject({ status: 404 });
    await expect(getUserOrThrow(s.actors.cityAdminA, s.actors.systemAdmin.id)).rejects.toMatchObject({ status: 404 });
    await expect(listUsers(s.actors.supervisor)).rejects.toMatchObject({ status: 403 });
    await expect(getUserOrThrow(s.actors.inspectorA, s.actors.liaisonA1.id)).rejects.toMatchObject({ status: 403 });
  });
});
