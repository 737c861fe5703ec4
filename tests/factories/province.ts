import type { Prisma } from "@/lib/generated/prisma/client";
import { uniqueSuffix, type FactoryClient } from "./unique";

export async function createProvince(client: FactoryClient, overrides: Partial<Prisma.ProvinceUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return client.province.create({
    data: { code: `P-${suffix}`, name: `测试省${suffix}`, ...overrides },
  });
}
