import crypto from "node:crypto";
import { db } from "@/lib/db";
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
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { city: true } });
  if (!row || row.revokedAt || row.expiresAt <= now || row.city.deletedAt) return null;
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
