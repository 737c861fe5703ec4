import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { createCity } from "./city";
import { createDepartment } from "./department";
import { createProvince } from "./province";
import { uniqueSuffix, type FactoryClient } from "./unique";

export const FACTORY_PASSWORD = "Factory@2026";

// argon2 is slow by design: hash the shared test password once per process.
let factoryHash: Promise<string> | undefined;

export type UserOverrides = {
  role?: Role;
  provinceId?: string;
  cityId?: string;
  departmentId?: string;
  email?: string;
  name?: string;
  phone?: string | null;
  password?: string;
  /** A ready hash (the seed hashes its password once for all demo users). */
  passwordHash?: string;
  isActive?: boolean;
  isDemo?: boolean;
  mustChangePassword?: boolean;
};

/**
 * A user with one role membership. A missing scope is created: a province for a supervisor,
 * a city for a city admin or inspector, a department for a liaison. Returns the user and the
 * actor `loadUserActor` would build for it.
 */
export async function createUser(client: FactoryClient, overrides: UserOverrides = {}) {
  const role = overrides.role ?? "CITY_ADMIN";
  const scope = await resolveScope(client, role, overrides);
  const password = overrides.password ?? FACTORY_PASSWORD;
  const passwordHash =
    overrides.passwordHash ?? (overrides.password === undefined ? await (factoryHash ??= hashPassword(FACTORY_PASSWORD)) : await hashPassword(password));
  const suffix = uniqueSuffix();
  const user = await client.user.create({
    data: {
      email: overrides.email ?? `user-${suffix}@test.local`,
      name: overrides.name ?? `测试用户${suffix}`,
      phone: overrides.phone ?? null,
      passwordHash,
      isActive: overrides.isActive ?? true,
      isDemo: overrides.isDemo ?? false,
      mustChangePassword: overrides.mustChangePassword ?? false,
      memberships: { create: { role, provinceId: scope.membershipProvinceId, cityId: scope.cityId, departmentId: scope.departmentId } },
    },
  });
  const actor: Actor = {
    kind: "user",
    id: user.id,
    label: `${user.name} <${user.email}>`,
    role,
    provinceId: scope.provinceId,
    cityId: scope.cityId,
    departmentId: scope.departmentId,
    mustChangePassword: user.mustChangePassword && !(user.isDemo && env().isDemo),
  };
  return { user, actor, password };
}

type Scope = { membershipProvinceId: string | null; provinceId: string | null; cityId: string | null; departmentId: string | null };

async function resolveScope(client: FactoryClient, role: Role, overrides: UserOverrides): Promise<Scope> {
  if (role === "SYSTEM_ADMIN") {
    return { membershipProvinceId: null, provinceId: null, cityId: null, departmentId: null };
  }
  if (role === "PROVINCE_SUPERVISOR") {
    const provinceId = overrides.provinceId ?? (await createProvince(client)).id;
    return { membershipProvinceId: provinceId, provinceId, cityId: null, departmentId: null };
  }
  let departmentId: string | null = null;
  let cityId = overrides.cityId;
  if (role === "DEPARTMENT_LIAISON") {
    const department = overrides.departmentId
      ? await client.department.findUniqueOrThrow({ where: { id: overrides.departmentId } })
      : await createDepartment(client, cityId ? { cityId } : {});
    departmentId = department.id;
    cityId = department.cityId;
  }
  const city = cityId ? await client.city.findUniqueOrThrow({ where: { id: cityId } }) : await createCity(client);
  return { membershipProvinceId: null, provinceId: city.provinceId, cityId: city.id, departmentId };
}
