import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { generateToken, hashToken } from "@/lib/server/auth/authenticate-token";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser } from "@/lib/server/users/deactivate-user";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";
import { listUsers } from "@/lib/server/users/list-users";
import { reactivateUser } from "@/lib/server/users/reactivate-user";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { updateUser } from "@/lib/server/users/update-user";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser as makeUser, FACTORY_PASSWORD } from "@/tests/factories/user";
import { ANY, CITY, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Users (a fresh liaison of the target department stands for "the record") and API tokens.

const freshLiaison = async (f: MatrixFixture, isActive = true) =>
  (await makeUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: f.departmentId, isActive })).user;

const freshToken = (f: MatrixFixture) => {
  const token = generateToken();
  return db().apiToken.create({
    data: {
      cityId: f.cityId,
      name: `矩阵令牌${uniqueSuffix()}`,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 11),
      role: "INSPECTOR",
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: f.home.actors.systemAdmin.id,
    },
  });
};

const liaisonScope = (f: MatrixFixture) => ({ role: "DEPARTMENT_LIAISON" as const, cityId: f.cityId, departmentId: f.departmentId });
const USER_ADMINS = { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY };

export const userRows: MatrixRow[] = [
  {
    action: "user.list",
    run: async (actor, f) => {
      const user = await freshLiaison(f);
      assertListed((await listUsers(actor, { q: user.email })).items, user.id);
    },
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.get",
    run: async (actor, f) => getUserOrThrow(actor, (await freshLiaison(f)).id),
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.create",
    run: (actor, f) => createUser(actor, { email: `matrix-${uniqueSuffix()}@test.local`, name: "矩阵", ...liaisonScope(f) }),
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.update",
    run: async (actor, f) => updateUser(actor, { id: (await freshLiaison(f)).id, version: 1, name: "改名", ...liaisonScope(f) }),
    expect: grants(USER_ADMINS),
  },
  {
    // The destination counts too: a liaison of the actors' city moves into the target department.
    action: "user.update (move liaison into)",
    run: async (actor, f) => {
      const { user } = await makeUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: f.home.departmentA1.id });
      return updateUser(actor, { id: user.id, version: 1, name: user.name, ...liaisonScope(f) });
    },
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.deactivate",
    run: async (actor, f) => deactivateUser(actor, { id: (await freshLiaison(f)).id, version: 1 }),
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.reactivate",
    run: async (actor, f) => reactivateUser(actor, { id: (await freshLiaison(f, false)).id, version: 1 }),
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.reset-password",
    run: async (actor, f) => resetUserPassword(actor, { id: (await freshLiaison(f)).id, version: 1 }),
    expect: grants(USER_ADMINS),
  },
  {
    action: "user.change-own-password",
    // Only ever the actor's own account; changed and changed back so every case starts alike.
    run: async (actor) => {
      await changeOwnPassword(actor, { currentPassword: FACTORY_PASSWORD, newPassword: "Matrix2026pw" });
      await changeOwnPassword(actor, { currentPassword: "Matrix2026pw", newPassword: FACTORY_PASSWORD });
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: ANY, CITY_ADMIN: ANY, INSPECTOR: ANY, DEPARTMENT_LIAISON: ANY }),
  },
  {
    action: "user.sign-out-everywhere",
    // Only ever the actor's own sessions.
    run: (actor) => signOutEverywhere(actor, {}),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: ANY, CITY_ADMIN: ANY, INSPECTOR: ANY, DEPARTMENT_LIAISON: ANY }),
  },
  {
    action: "api-token.list",
    run: async (actor, f) => {
      const token = await freshToken(f);
      assertListed(await listApiTokens(actor), token.id);
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "api-token.create",
    run: (actor, f) => createApiToken(actor, { name: "矩阵", role: "DEPARTMENT_LIAISON", departmentId: f.departmentId, expiresInDays: 1 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "api-token.revoke",
    run: async (actor, f) => revokeApiToken(actor, { id: (await freshToken(f)).id }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
];
