import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import type { SessionClaims } from "./sessions";

export type SessionState = {
  /** The session may go on (and its cookie be renewed): the user is active, its sessions were not all ended since, this one was not signed out. */
  isLive: boolean;
  /** Who it acts as: null when it is not live or the user has no role. */
  actor: Actor | null;
};

type Row = {
  id: string;
  name: string;
  email: string;
  isActive: boolean;
  isDemo: boolean;
  mustChangePassword: boolean;
  sessionVersion: number;
  isSignedOut: boolean;
  role: Role | null;
  provinceId: string | null;
  cityId: string | null;
  departmentId: string | null;
  cityProvinceId: string | null;
};

const ENDED: SessionState = { isLive: false, actor: null };

/**
 * A session cookie's user, first role and sign-out record in one query: every signed-in request
 * reads this (pages and the API alike), so it is one round trip rather than five (the user twice,
 * the membership, its city, the revoked-session lookup twice).
 */
export async function loadSessionState(userId: string, claims: SessionClaims | null): Promise<SessionState> {
  if (!claims) return ENDED;
  const [row] = await db().$queryRaw<Row[]>`
    SELECT u."id", u."name", u."email", u."isActive", u."isDemo", u."mustChangePassword", u."sessionVersion",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sid" = ${claims.sid}) AS "isSignedOut",
           m."role"::text AS "role", m."provinceId", m."cityId", m."departmentId", c."provinceId" AS "cityProvinceId"
    FROM "User" u
    LEFT JOIN LATERAL (
      SELECT rm."role", rm."provinceId", rm."cityId", rm."departmentId" FROM "RoleMembership" rm
      WHERE rm."userId" = u."id" ORDER BY rm."createdAt" ASC, rm."id" ASC LIMIT 1
    ) m ON TRUE
    LEFT JOIN "City" c ON c."id" = m."cityId"
    WHERE u."id" = ${userId}`;
  if (!row || !row.isActive || row.sessionVersion !== claims.sessionVersion || row.isSignedOut) return ENDED;
  if (!row.role) return { isLive: true, actor: null };
  return {
    isLive: true,
    actor: {
      kind: "user",
      id: row.id,
      label: `${row.name} <${row.email}>`,
      role: row.role,
      provinceId: row.provinceId ?? row.cityProvinceId ?? null,
      cityId: row.cityId,
      departmentId: row.departmentId,
      mustChangePassword: row.mustChangePassword && !(row.isDemo && env().isDemo),
    },
  };
}
