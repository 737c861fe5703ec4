import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdminCityRow } from "@/lib/validation/provinces";

export const adminCityInclude = {
  province: { select: { name: true } },
  cycles: { where: { isCurrent: true }, take: 1, select: { name: true } },
} satisfies Prisma.CityInclude;

type AdminCityRecord = Prisma.CityGetPayload<{ include: typeof adminCityInclude }>;

export function toAdminCityRow(record: AdminCityRecord): AdminCityRow {
  return {
    id: record.id,
    provinceId: record.provinceId,
    provinceName: record.province.name,
    name: record.name,
    slug: record.slug,
    isNominated: record.isNominated,
    currentCycleName: record.cycles[0]?.name ?? null,
    version: record.version,
  };
}
