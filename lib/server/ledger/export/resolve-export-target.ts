import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";

/** Whose ledger is exported: one department's entries, or the whole city's. */
export type ExportTarget = { cityId: string; departmentId: string | null; label: string };

/**
 * A liaison gets its own department (asked for another one, it does not exist for them); a city
 * reader gets its city; province and system readers must name the city (or a department) they mean.
 */
export async function resolveExportTarget(actor: Actor, scope: Scope, request: { department?: string; city?: string }): Promise<ExportTarget> {
  let departmentId = request.department;
  if (scope === "own") {
    if (departmentId && departmentId !== actor.departmentId) throw notFound("单位");
    departmentId = scopeId(actor.departmentId);
  }
  if (departmentId) {
    const department = await db().department.findFirst({
      where: { id: departmentId, city: cityScopeWhere(actor, scope) },
      select: { id: true, name: true, cityId: true },
    });
    if (!department || (request.city && request.city !== department.cityId)) throw notFound("单位");
    return { cityId: department.cityId, departmentId: department.id, label: department.name };
  }
  const cityId = scope === "city" ? scopeId(actor.cityId) : request.city;
  if (!cityId) throw invalidInput({ city: ["请指定要导出台账的城市（city）或单位（department）。"] });
  if (request.city && request.city !== cityId) throw notFound("城市");
  const city = await db().city.findFirst({ where: { id: cityId, deletedAt: null, ...cityScopeWhere(actor, scope) }, select: { id: true, name: true } });
  if (!city) throw notFound("城市");
  return { cityId: city.id, departmentId: null, label: city.name };
}
