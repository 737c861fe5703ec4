import type { Prisma } from "@/lib/generated/prisma/client";
import { createDepartment } from "./department";
import { uniqueSuffix, type FactoryClient } from "./unique";

/** A site type; names are global, so the default one is unique. */
export async function createSiteType(client: FactoryClient, overrides: Partial<Prisma.SiteTypeUncheckedCreateInput> = {}) {
  return client.siteType.create({ data: { name: `测试点位类型${uniqueSuffix()}`, ...overrides } });
}

/** Makes sure the named site types exist (one statement) and returns all of them by name. */
export async function ensureSiteTypes(client: FactoryClient, names: readonly string[]) {
  await client.siteType.createMany({ data: names.map((name, sortOrder) => ({ name, sortOrder })), skipDuplicates: true });
  const types = await client.siteType.findMany({ where: { name: { in: [...names] } } });
  return new Map(types.map((type) => [type.name, type]));
}

/**
 * A site; its responsible department (and that department's city) is created unless given,
 * and a new site type unless `siteTypeId` is given.
 */
export async function createSite(client: FactoryClient, overrides: Partial<Prisma.SiteUncheckedCreateInput> = {}) {
  const department = overrides.responsibleDepartmentId
    ? await client.department.findUniqueOrThrow({ where: { id: overrides.responsibleDepartmentId } })
    : await createDepartment(client, overrides.cityId ? { cityId: overrides.cityId } : {});
  const siteTypeId = overrides.siteTypeId ?? (await createSiteType(client)).id;
  return client.site.create({
    data: {
      name: `测试点位${uniqueSuffix()}`,
      code: `T-${uniqueSuffix()}`,
      ...overrides,
      cityId: department.cityId,
      responsibleDepartmentId: department.id,
      siteTypeId,
    },
  });
}

/** Many sites of one city in one statement. */
export async function createSites(
  client: FactoryClient,
  cityId: string,
  rows: ReadonlyArray<Omit<Prisma.SiteUncheckedCreateInput, "cityId" | "code"> & { code?: string }>,
) {
  return client.site.createManyAndReturn({ data: rows.map((row) => ({ code: `T-${uniqueSuffix()}`, ...row, cityId })) });
}
