import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProvinceRow } from "@/lib/validation/provinces";

export const provinceRowInclude = { _count: { select: { cities: { where: { deletedAt: null } } } } } satisfies Prisma.ProvinceInclude;

type ProvinceRecord = Prisma.ProvinceGetPayload<{ include: typeof provinceRowInclude }>;

export function toProvinceRow(record: ProvinceRecord): ProvinceRow {
  return { id: record.id, code: record.code, name: record.name, cityCount: record._count.cities, version: record.version };
}
