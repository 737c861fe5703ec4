import type { Prisma } from "@/lib/generated/prisma/client";
import { createProvince } from "./province";
import { uniqueSuffix, type FactoryClient } from "./unique";

/** A city; its province is created too unless `provinceId` is given. */
export async function createCity(client: FactoryClient, overrides: Partial<Prisma.CityUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  const provinceId = overrides.provinceId ?? (await createProvince(client)).id;
  return client.city.create({
    data: { name: `测试市${suffix}`, slug: `city-${suffix}`, ...overrides, provinceId },
  });
}
