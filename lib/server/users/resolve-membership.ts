import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { forbidden, invalidInput, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";
import { CITY_GRANTABLE_ROLES } from "@/lib/validation/users";

type MembershipInput = { role: Role; provinceId?: string | null; cityId?: string | null; departmentId?: string | null };
export type Membership = { role: Role; provinceId: string | null; cityId: string | null; departmentId: string | null };

/**
 * The membership a user gets, checked against the actor's grant. The scope must fit the role:
 * a supervisor needs a province, a city admin or inspector a city, a liaison a department of its
 * city. A city or department outside the actor's scope does not exist for it (404); fields the
 * role does not use are dropped.
 */
export async function resolveMembership(tx: Tx, actor: Actor, scope: Scope, input: MembershipInput): Promise<Membership> {
  const { role } = input;
  if (scope !== "any" && !(CITY_GRANTABLE_ROLES as readonly Role[]).includes(role)) {
    throw forbidden("只能设置本市的市文明办管理员、督查员或联络员。");
  }
  if (role === "SYSTEM_ADMIN") return { role, provinceId: null, cityId: null, departmentId: null };
  if (role === "PROVINCE_SUPERVISOR") {
    if (!input.provinceId) throw invalidInput({ provinceId: ["请选择省份"] });
    const province = await tx.province.findUnique({ where: { id: input.provinceId }, select: { id: true } });
    if (!province) throw notFound("省份");
    return { role, provinceId: province.id, cityId: null, departmentId: null };
  }

  const cityId = input.cityId || (scope === "city" ? actor.cityId : null);
  if (!cityId) throw invalidInput({ cityId: ["请选择城市"] });
  const city = await tx.city.findFirst({ where: { AND: [{ id: cityId, deletedAt: null }, cityScopeWhere(actor, scope)] } });
  if (!city) throw notFound("城市");
  if (role !== "DEPARTMENT_LIAISON") return { role, provinceId: null, cityId: city.id, departmentId: null };

  if (!input.departmentId) throw invalidInput({ departmentId: ["请选择联络员所在单位"] });
  const department = await tx.department.findFirst({
    where: { id: input.departmentId, deletedAt: null, city: cityScopeWhere(actor, scope) },
    select: { id: true, cityId: true },
  });
  if (!department) throw notFound("单位");
  if (department.cityId !== city.id) throw invalidInput({ departmentId: ["该单位不属于所选城市"] });
  return { role, provinceId: null, cityId: city.id, departmentId: department.id };
}
