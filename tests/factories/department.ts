import type { Prisma } from "@/lib/generated/prisma/client";
import { createCity } from "./city";
import { uniqueSuffix, type FactoryClient } from "./unique";

type DepartmentOverrides = Partial<Prisma.DepartmentUncheckedCreateInput>;

/** A bureau (or street office with `kind: "STREET_OFFICE"`); its city is created unless `cityId` is given. */
export async function createDepartment(client: FactoryClient, overrides: DepartmentOverrides = {}) {
  const cityId = overrides.cityId ?? (await createCity(client)).id;
  const kind = overrides.kind ?? "BUREAU";
  const suffix = uniqueSuffix();
  return client.department.create({
    data: { name: kind === "STREET_OFFICE" ? `测试街道${suffix}` : `测试局${suffix}`, kind, ...overrides, cityId },
  });
}

/** Many departments of one city in one statement (the seed's bureaus and street offices). */
export async function createDepartments(client: FactoryClient, cityId: string, rows: ReadonlyArray<Omit<DepartmentOverrides, "cityId">>) {
  return client.department.createManyAndReturn({
    data: rows.map((row, index) => ({ name: `测试局${uniqueSuffix()}`, sortOrder: index, ...row, cityId })),
  });
}
