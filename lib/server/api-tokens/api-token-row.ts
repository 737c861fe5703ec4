import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiTokenRow } from "@/lib/validation/api-tokens";

// A token as the console lists it: never its hash, only the short prefix that identifies it.
export const apiTokenRowInclude = {
  department: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ApiTokenInclude;

export type ApiTokenRecord = Prisma.ApiTokenGetPayload<{ include: typeof apiTokenRowInclude }>;

export function toApiTokenRow(record: ApiTokenRecord): ApiTokenRow {
  return {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    role: record.role as ApiTokenRow["role"],
    departmentId: record.departmentId,
    departmentName: record.department?.name ?? null,
    expiresAt: record.expiresAt.toISOString(),
    revokedAt: record.revokedAt?.toISOString() ?? null,
    lastUsedAt: record.lastUsedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    createdByName: record.createdBy.name,
  };
}
