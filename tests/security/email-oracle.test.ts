import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { createUser } from "@/lib/server/users/create-user";
import { uniqueClientAddress } from "@/tests/factories/client-address";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser as makeUser, FACTORY_PASSWORD } from "@/tests/factories/user";
import * as usersRoute from "@/app/api/v1/users/route";

// Issue 7, probes 11 and 12b: neither sign-in nor creating a user tells anyone whether an email
// exists. Structure, not time: sign-in runs exactly one argon2id verification and one failure
// update whatever the email, and the refusal to create a user reads the same wherever the
// address already belongs.
let sessionActor: Actor | null = null;
vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => sessionActor }));

afterEach(() => {
  vi.restoreAllMocks();
  sessionActor = null;
});

describe("probe 11: sign-in does the same work whether or not the email exists", () => {
  async function signInCounting(email: string, password: string) {
    const verify = vi.fn(verifyPassword);
    const transaction = vi.spyOn(db(), "$transaction");
    try {
      const result = await authenticateCredentials(email, password, uniqueClientAddress(), { verify, sleep: async () => undefined });
      return { result, verifiedAgainst: verify.mock.calls.map(([hash]) => hash), transactions: transaction.mock.calls.length };
    } finally {
      transaction.mockRestore();
    }
  }

  it("verifies once against a dummy hash for an unknown email, and records the failure the same way", async () => {
    const unknown = await signInCounting(`nobody-${uniqueSuffix()}@nowhere.local`, FACTORY_PASSWORD);
    const { user } = await makeUser(db());
    const wrong = await signInCounting(user.email, "wrong-password");
    expect(unknown).toEqual({ result: { ok: false, reason: "INVALID" }, verifiedAgainst: [DUMMY_PASSWORD_HASH], transactions: 1 });
    expect(wrong).toEqual({ result: { ok: false, reason: "INVALID" }, verifiedAgainst: [expect.stringMatching(/^\$argon2id\$/)], transactions: 1 });
    expect(wrong.verifiedAgainst[0]).not.toBe(DUMMY_PASSWORD_HASH);
  });

  it("verifies once for a locked account (against the dummy hash, even with the right password) and does not extend the lock", async () => {
    const { user } = await makeUser(db());
    const lockedUntil = new Date(Date.now() + 10 * 60 * 1000);
    await db().user.update({ where: { id: user.id }, data: { lockedUntil } });
    expect(await signInCounting(user.email, FACTORY_PASSWORD)).toEqual({
      result: { ok: false, reason: "INVALID" },
      verifiedAgainst: [DUMMY_PASSWORD_HASH],
      transactions: 1,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toEqual(lockedUntil);
  });

  it("verifies once for a deactivated account and for the right password", async () => {
    const inactive = (await makeUser(db(), { isActive: false })).user;
    expect(await signInCounting(inactive.email, FACTORY_PASSWORD)).toMatchObject({ result: { ok: false, reason: "INVALID" }, transactions: 1 });
    const active = (await makeUser(db())).user;
    const right = await signInCounting(active.email, FACTORY_PASSWORD);
    expect(right.result.ok).toBe(true);
    for (const { verifiedAgainst } of [await signInCounting(inactive.email, "x"), right]) expect(verifiedAgainst).toHaveLength(1);
  });
});

describe("probe 12b: creating a user never says the email is taken elsewhere", () => {
  let s: CityScenario;
  const emails: Record<"myCity" | "otherCity" | "systemAdmin", string> = { myCity: "", otherCity: "", systemAdmin: "" };
  beforeAll(async () => {
    s = await createCityScenario(db());
    const emailOf = async (actor: Actor) => (await db().user.findUniqueOrThrow({ where: { id: actor.id } })).email;
    emails.myCity = await emailOf(s.actors.inspectorA);
    emails.otherCity = await emailOf(s.actors.cityAdminB);
    emails.systemAdmin = await emailOf(s.actors.systemAdmin);
  });

  async function refusalFor(email: string) {
    try {
      await createUser(s.actors.cityAdminA, { email, name: "新用户", role: "INSPECTOR" });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { status: error.status, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    throw new Error(`created a user with the existing email ${email}`);
  }

  it("refuses with one answer for an email in my city, in another city and of a system admin", async () => {
    const mine = await refusalFor(emails.myCity);
    expect(mine.status).toBe(422);
    expect(JSON.stringify(mine)).not.toMatch(/已被使用|已存在|已注册|exist|taken/i);
    expect(await refusalFor(emails.otherCity)).toEqual(mine);
    expect(await refusalFor(emails.systemAdmin)).toEqual(mine);
    expect(await refusalFor(emails.myCity.toUpperCase())).toEqual(mine);
  });

  it("answers POST /api/v1/users with the same body for all three", async () => {
    sessionActor = s.actors.cityAdminA;
    const post = async (email: string) => {
      const request = new NextRequest("http://localhost/api/v1/users", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, name: "新用户", role: "INSPECTOR" }),
      });
      const response = await usersRoute.POST(request, { params: Promise.resolve({}) } as never);
      return { status: response.status, body: await response.text() };
    };
    const mine = await post(emails.myCity);
    expect(mine.status).toBe(422);
    expect(JSON.parse(mine.body)).toMatchObject({ error: { code: "VALIDATION_FAILED" }, fieldErrors: { email: [expect.any(String)] } });
    expect(await post(emails.otherCity)).toEqual(mine);
    expect(await post(emails.systemAdmin)).toEqual(mine);
  });
});
