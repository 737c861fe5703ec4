import { decode, encode, type JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import path from "node:path";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { endSession } from "@/lib/server/auth/sessions";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { updateUser } from "@/lib/server/users/update-user";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createUser, FACTORY_PASSWORD } from "@/tests/factories/user";

// Probes 5 and 6 of issue 7: a session cookie copied before sign-out kept working, and a second
// session survived a password change. The cookie is made and read exactly as next-auth does on
// every request: the jwt callback at sign-in, encode → cookie → decode, then the session callback
// (which is where the actor is loaded; getSessionActor reads its result).

const SECRET = "security-test-secret";
const callbacks = authOptions.callbacks!;

/** A sign-in: the JWT next-auth would put in the cookie. */
async function signIn(userId: string): Promise<string> {
  const token = await callbacks.jwt!({ token: { sub: userId }, user: { id: userId }, account: null, trigger: "signIn" } as never);
  return encode({ token, secret: SECRET });
}

/** A request carrying the cookie: who next-auth says is signed in, or null. */
async function whoIs(cookie: string): Promise<string | null> {
  const token = (await decode({ token: cookie, secret: SECRET })) as JWT;
  const session = (await callbacks.session!({ session: { expires: "" } as Session, token } as never)) as Session;
  return session.user?.id ?? null;
}

async function signOut(cookie: string): Promise<void> {
  const token = (await decode({ token: cookie, secret: SECRET })) as JWT;
  await authOptions.events!.signOut!({ token, session: undefined as never });
}

// next-auth's own GET /api/auth/session handler: it re-issues the cookie (8 more hours) on every
// read, whatever the session callback answers.
type SessionRoute = (params: unknown) => Promise<{ body?: unknown; cookies?: Array<{ value: string }> }>;
// (not in the package's exports: loaded by its file path, next to next-auth's own package.json)
const requireFromHere = createRequire(import.meta.url);
const nextAuthDir = path.dirname(requireFromHere.resolve("next-auth"));
const sessionRoute = requireFromHere(path.join(nextAuthDir, "core/routes/session.js")).default as SessionRoute;

async function renew(cookie: string): Promise<string | undefined> {
  const response = await sessionRoute({
    options: {
      jwt: { secret: SECRET, encode, decode, maxAge: 8 * 3600 },
      callbacks,
      events: {},
      logger: { error: () => undefined },
      session: { strategy: "jwt", maxAge: 8 * 3600, updateAge: 900 },
    },
    sessionStore: { value: cookie, chunk: (value: string) => [{ name: "session", value }], clean: () => [] },
    isUpdate: false,
  });
  return response.cookies?.[0]?.value;
}

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

describe("sign-out", () => {
  it("ends that session for good: a copy of the cookie made before is refused, the user's other sessions go on", async () => {
    const { user } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    const copied = laptop.slice();
    expect(await whoIs(copied)).toBe(user.id);

    await signOut(laptop);
    expect(await whoIs(copied)).toBeNull();
    expect(await whoIs(phone)).toBe(user.id);
  });

  it("gives each sign-in its own session id, kept when the session is refreshed", async () => {
    const { user } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const first = (await decode({ token: await signIn(user.id), secret: SECRET })) as JWT;
    const second = (await decode({ token: await signIn(user.id), secret: SECRET })) as JWT;
    expect(first.sid).toEqual(expect.any(String));
    expect(first.sid).not.toBe(second.sid);
    // A refresh runs the jwt callback without a user: the claims must stay as they were.
    const refreshed = await callbacks.jwt!({ token: { ...first }, user: undefined as never, account: null } as never);
    expect(refreshed).toMatchObject({ sid: first.sid, sv: first.sv });
  });

  it("a signed-out copy renewed by next-auth stays dead after the record of its sign-out is tidied away", async () => {
    const { user } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const copied = await signIn(user.id);
    const { sid } = (await decode({ token: copied, secret: SECRET })) as JWT;
    // Signed out 9 hours ago: the record has outlived the JWT it refused and is tidied away.
    await endSession(sid as string, user.id, new Date(Date.now() - 9 * 3600 * 1000));
    const renewed = await renew(copied);
    expect(renewed).toBeDefined();
    expect(await whoIs(renewed!)).toBeNull();
    await endSession(`tidy-${sid}`, user.id);
    expect(await db().revokedSession.count({ where: { sid: sid as string } })).toBe(0);
    expect(await whoIs(renewed!)).toBeNull();
    expect(await whoIs((await renew(renewed!)) ?? "")).toBeNull();
  });

  it("a live session renewed by next-auth keeps its id and version", async () => {
    const { user } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const cookie = await signIn(user.id);
    const renewed = (await renew(cookie))!;
    expect(await whoIs(renewed)).toBe(user.id);
    const [before, after] = [await decode({ token: cookie, secret: SECRET }), await decode({ token: renewed, secret: SECRET })];
    expect(after).toMatchObject({ sid: before!.sid, sv: before!.sv });
  });

  it("refuses a session cookie from before sessions had ids", async () => {
    const { user } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const legacy = await encode({ token: { sub: user.id }, secret: SECRET });
    expect(await whoIs(legacy)).toBeNull();
  });
});

describe("every session of a user ends", () => {
  it("when the user changes the password (the second session too)", async () => {
    const { user, actor } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id });
    const [first, second] = [await signIn(user.id), await signIn(user.id)];
    await changeOwnPassword(actor, { currentPassword: FACTORY_PASSWORD, newPassword: "Changed2026pw" });
    expect(await whoIs(first)).toBeNull();
    expect(await whoIs(second)).toBeNull();
    expect(await whoIs(await signIn(user.id))).toBe(user.id);
  });

  it("when an admin resets the password, deactivates the user, or changes its role or scope", async () => {
    const admin = s.actors.cityAdminA;
    const reset = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
    const resetCookie = await signIn(reset.user.id);
    await resetUserPassword(admin, { id: reset.user.id, version: 1 });
    expect(await whoIs(resetCookie)).toBeNull();

    const gone = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
    const goneCookie = await signIn(gone.user.id);
    await deactivateUser(admin, { id: gone.user.id, version: 1 });
    await reactivateUser(admin, { id: gone.user.id, version: 2 });
    expect(await whoIs(goneCookie)).toBeNull();

    const moved = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
    const movedCookie = await signIn(moved.user.id);
    await updateUser(admin, {
      id: moved.user.id,
      version: 1,
      name: moved.user.name,
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityA.id,
      departmentId: s.departmentA2.id,
    });
    expect(await whoIs(movedCookie)).toBeNull();
  });

  it("but not when only the name or phone changes", async () => {
    const { user } = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: s.departmentA1.id });
    const cookie = await signIn(user.id);
    await updateUser(s.actors.cityAdminA, {
      id: user.id,
      version: 1,
      name: "新名字",
      role: "DEPARTMENT_LIAISON",
      cityId: s.cityA.id,
      departmentId: s.departmentA1.id,
    });
    expect(await whoIs(cookie)).toBe(user.id);
  });

  it("by signing out everywhere even before a temporary password is changed (others may know it)", async () => {
    const { user, actor } = await createUser(db(), { role: "INSPECTOR", cityId: s.cityA.id, mustChangePassword: true });
    const cookie = await signIn(user.id);
    await signOutEverywhere(actor, {});
    expect(await whoIs(cookie)).toBeNull();
  });

  it("when the user signs out everywhere, which is audited", async () => {
    const { user, actor } = await createUser(db(), { role: "CITY_ADMIN", cityId: s.cityA.id });
    const cookies = [await signIn(user.id), await signIn(user.id), await signIn(user.id)];
    await signOutEverywhere(actor, {});
    for (const cookie of cookies) expect(await whoIs(cookie)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "user.sign-out-everywhere", entityId: user.id } })).toBe(1);
  });
});
