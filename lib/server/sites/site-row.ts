import type { Prisma } from "@/lib/generated/prisma/client";
import type { SiteRow } from "@/lib/validation/sites";

// What every site read returns: the record with its type's and responsible unit's names.
export const siteRowInclude = {
  siteType: { select: { id: true, name: true } },
  responsibleDepartment: { select: { id: true, name: true } },
} satisfies Prisma.SiteInclude;

export type SiteRecord = Prisma.SiteGetPayload<{ include: typeof siteRowInclude }>;

export function toSiteRow(record: SiteRecord): SiteRow {
  return {
    id: record.id,
    cityId: record.cityId,
    code: record.code,
    name: record.name,
    siteType: record.siteType,
    street: record.street,
    grid: record.grid,
    address: record.address,
    latitude: record.latitude?.toString() ?? null,
    longitude: record.longitude?.toString() ?? null,
    responsibleDepartment: record.responsibleDepartment,
    active: record.deletedAt === null,
    version: record.version,
  };
}
