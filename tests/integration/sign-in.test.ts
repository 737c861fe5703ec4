import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetIpThrottle } from "@/lib/auth/ip-throttle";
import { authenticateCredentials, LOCKOUT_MS } from "@/lib/server/auth/authenticate-credentials";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { createUser, FACTORY_PASSWORD } from "@/tests/factories/user";

beforeEach(() => resetIpThrottle());

describe("credentials sign-in", () => {
  it("signs a user in with the right password, case-insensitively by email", async () => {
    const { user } = await createUser(db());
    const result = await authenticateCredentials(user.email.toUpperCase(), FACTORY_PASSWORD, uniqueClientAddress());
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeInstanceOf(Date);
  });

  it("answers the same for an unknown email and a wrong password", async () => {
    const { user } = await createUser(db());
    const address = uniqueClientAddress();
    expect(await authenticateCredentials("nobody@nowhere.local", FACTORY_PASSWORD, address)).toEqual({ ok: false, reason: "INVALID" });
    expect(await authenticateCredentials(user.email, "wrong-password", address)).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks an account for 15 minutes after five failures, even for the right password", async () => {
    const { user } = await createUser(db());
    const now = new Date("2026-03-01T02:00:00Z");
    for (let i = 0; i < 5; i++) await authenticateCredentials(user.email, "wrong", uniqueClientAddress(), { now });
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, uniqueClientAddress(), { now })).toEqual({ ok: false, reason: "INVALID" });
    const locked = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.getTime()).toBe(now.getTime() + LOCKOUT_MS);
    expect(await db().auditLog.count({ where: { action: "user.locked-out", entityId: user.id } })).toBe(1);

    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect((await authenticateCredentials(user.email, FACTORY_PASSWORD, uniqueClientAddress(), { now: later })).ok).toBe(true);
  });

  it("refuses a deactivated user, whose session actor no longer loads either", async () => {
    const { user } = await createUser(db(), { isActive: false });
    expect((await authenticateCredentials(user.email, FACTORY_PASSWORD, uniqueClientAddress())).ok).toBe(false);
    expect(await loadUserActor(user.id)).toBeNull();
  });

  it("throttles an address that fails 20 times across accounts, and no other", async () => {
    const [attacker, bystander] = [uniqueClientAddress(), uniqueClientAddress()];
    const sleep = async () => undefined;
    for (let i = 0; i < 20; i++) await authenticateCredentials(`ghost${i}@nowhere.local`, "x", attacker, { sleep });
    const { user } = await createUser(db());
    expect(await authenticateCredentials(user.email, FACTORY_PASSWORD, attacker, { sleep })).toEqual({ ok: false, reason: "THROTTLED" });
    expect((await authenticateCredentials(user.email, FACTORY_PASSWORD, bystander)).ok).toBe(true);
  });
});

describe("the actor behind a session", () => {
  it("carries the role and scope of the membership, read fresh from the database", async () => {
    const { user, actor } = await createUser(db(), { role: "DEPARTMENT_LIAISON" });
    expect(await loadUserActor(user.id)).toEqual(actor);
    await db().roleMembership.updateMany({ where: { userId: user.id }, data: { role: "INSPECTOR", departmentId: null } });
    expect(await loadUserActor(user.id)).toMatchObject({ role: "INSPECTOR", departmentId: null });
  });

  it("requires a password change for a default password, except demo accounts in demo mode", async () => {
    const { user } = await createUser(db(), { mustChangePassword: true });
    expect((await loadUserActor(user.id))?.mustChangePassword).toBe(true);
    const demo = await createUser(db(), { mustChangePassword: true, isDemo: true });
    // Tests run without DATABASE_URL → demo mode on; with DATABASE_URL and no DEMO=1 → off.
    expect((await loadUserActor(demo.user.id))?.mustChangePassword).toBe(Boolean(process.env.DATABASE_URL) && process.env.DEMO !== "1");
  });
});
