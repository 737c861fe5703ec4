import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRow } from "@/lib/validation/users";

// A user with its (single) role membership, as every user read returns it. Password hashes are
// omitted by the client, so they can never reach a row or the audit log.
export const userRowInclude = {
  memberships: {
    orderBy: { createdAt: "asc" },
    take: 1,
    include: {
      province: { select: { name: true } },
      city: { select: { name: true, provinceId: true, province: { select: { name: true } } } },
      department: { select: { name: true } },
    },
  },
} satisfies Prisma.UserInclude;

export type UserRecord = Prisma.UserGetPayload<{ include: typeof userRowInclude; omit: { passwordHash: true } }>;

export function toUserRow(record: UserRecord): UserRow {
  const membership = record.memberships[0];
  if (!membership) throw new Error(`user ${record.id} has no role membership`);
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    phone: record.phone,
    isActive: record.isActive,
    mustChangePassword: record.mustChangePassword,
    lastLoginAt: record.lastLoginAt?.toISOString() ?? null,
    lockedUntil: record.lockedUntil?.toISOString() ?? null,
    version: record.version,
    role: membership.role,
    provinceId: membership.provinceId ?? membership.city?.provinceId ?? null,
    provinceName: membership.province?.name ?? membership.city?.province.name ?? null,
    cityId: membership.cityId,
    cityName: membership.city?.name ?? null,
    departmentId: membership.departmentId,
    departmentName: membership.department?.name ?? null,
  };
}
