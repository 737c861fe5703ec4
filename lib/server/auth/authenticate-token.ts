import crypto from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";

export const TOKEN_PREFIX = "cw_";

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function generateToken(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

/** The actor behind `Authorization: Bearer <token>`, or null for an unknown, revoked or expired token. */
export async function authenticateToken(token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      city: true,
      createdBy: { select: { isActive: true, mustChangePassword: true, isDemo: true, memberships: { orderBy: { createdAt: "asc" }, take: 1 } } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || row.city.deletedAt) return null;
  if (!creatorStillIssues(row.createdBy, row.cityId)) return null;
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return {
    kind: "token",
    id: row.id,
    label: `令牌 ${row.name} (${row.prefix}…)`,
    role: row.role,
    provinceId: row.city.provinceId,
    cityId: row.cityId,
    departmentId: row.departmentId,
    mustChangePassword: false,
  };
}

type Creator = { isActive: boolean; mustChangePassword: boolean; isDemo: boolean; memberships: { role: string; cityId: string | null }[] };

// A token acts with its creator's authority at most: it dies with the creator's account, when
// the creator no longer administers the token's city, and while the creator's password was reset
// and not yet changed (a reset usually follows a compromise) (conventions.md).
function creatorStillIssues(creator: Creator, cityId: string): boolean {
  const membership = creator.memberships[0];
  const mustChangePassword = creator.mustChangePassword && !(creator.isDemo && env().isDemo);
  return creator.isActive && !mustChangePassword && membership?.role === "CITY_ADMIN" && membership.cityId === cityId;
}
