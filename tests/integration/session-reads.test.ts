import type { Session } from "next-auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { endSession } from "@/lib/server/auth/sessions";
import { createUser } from "@/tests/factories/user";

const callbacks = authOptions.callbacks!;

/** One session read as next-auth's session route does it: the jwt callback, then the session callback with the token it returned. */
async function readSession(cookieToken: Record<string, unknown>) {
  const token = await callbacks.jwt!({ token: { ...cookieToken }, session: undefined } as never);
  const session = (await callbacks.session!({ session: { expires: "" } as Session, token } as never)) as Session;
  return { token, user: session.user ?? null };
}

let signedIn: Record<string, unknown>;
let user: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  user = await createUser(db(), { role: "CITY_ADMIN" });
  signedIn = await callbacks.jwt!({ token: { sub: user.user.id }, user: { id: user.user.id }, account: null, trigger: "signIn" } as never);
});

describe("a signed-in request's session read", () => {
  it("is one query for both callbacks, and yields the actor loadUserActor builds", async () => {
    const raw = vi.spyOn(db(), "$queryRaw");
    const findUser = vi.spyOn(db().user, "findUnique");
    const revoked = vi.spyOn(db().revokedSession, "count");
    const { token, user: sessionUser } = await readSession(signedIn);
    expect(raw).toHaveBeenCalledTimes(1);
    expect(findUser).not.toHaveBeenCalled();
    expect(revoked).not.toHaveBeenCalled();
    expect(token).toMatchObject({ sub: user.user.id });
    expect(sessionUser).toMatchObject({
      id: user.actor.id,
      role: "CITY_ADMIN",
      cityId: user.actor.cityId,
      provinceId: user.actor.provinceId,
      departmentId: null,
      mustChangePassword: user.actor.mustChangePassword,
    });
    vi.restoreAllMocks();
  });

  it("refuses and does not renew a signed-out session in that same one query", async () => {
    const other = await callbacks.jwt!({ token: { sub: user.user.id }, user: { id: user.user.id }, account: null, trigger: "signIn" } as never);
    await endSession(other.sid as string, user.user.id);
    const raw = vi.spyOn(db(), "$queryRaw");
    const { token, user: sessionUser } = await readSession(other);
    expect(raw).toHaveBeenCalledTimes(1);
    expect(token).toEqual({});
    expect(sessionUser).toBeNull();
    expect((await readSession(signedIn)).user).toMatchObject({ id: user.user.id });
    vi.restoreAllMocks();
  });
});
