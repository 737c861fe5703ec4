import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { criteriaOf, type EditionData } from "@/lib/domain/indicators/edition-data";
import { ALL_STREETS_NAME } from "@/lib/domain/indicators/labels";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";
import type { ImportWarning } from "@/lib/validation/indicators";

function usage(edition: EditionData, namesOf: (criterion: ReturnType<typeof criteriaOf>[number]) => string[]) {
  const codes = new Map<string, string[]>();
  for (const criterion of criteriaOf(edition)) {
    for (const name of namesOf(criterion)) codes.set(name, [...(codes.get(name) ?? []), criterion.code]);
  }
  return codes;
}

/**
 * Department and site-type names that nothing in the system knows yet. They are warnings, not
 * errors: an edition names departments generically, and a city maps the names when it adopts it.
 * A department name is known when a department (or a city's name mapping) in the actor's reach has it.
 */
export async function findUnknownNames(client: Db | Tx, actor: Actor, edition: EditionData): Promise<ImportWarning[]> {
  const departments = usage(edition, (c) => [...(c.leadDepartmentName ? [c.leadDepartmentName] : []), ...c.coDepartmentNames]);
  departments.delete(ALL_STREETS_NAME);
  const siteTypes = usage(edition, (c) => c.siteTypeNames);
  const scope = scopeOf(actor, "read:department");
  const names = [...departments.keys()];
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const known = await (scope && names.length > 0
    ? client.department.findMany({
        where: { deletedAt: null, city: cityScopeWhere(actor, scope), OR: [{ name: { in: names } }, { shortName: { in: names } }] },
        select: { name: true, shortName: true },
      })
    : []);
  const mapped = await (scope && names.length > 0
    ? client.departmentNameMapping.findMany({ where: { name: { in: names }, city: cityScopeWhere(actor, scope) }, select: { name: true } })
    : []);
  const types = await client.siteType.findMany({ where: { name: { in: [...siteTypes.keys()] } }, select: { name: true } });
  const knownNames = new Set([...known.flatMap((d) => [d.name, d.shortName ?? ""]), ...mapped.map((m) => m.name)]);
  const knownTypes = new Set(types.map((type) => type.name));
  return [
    ...[...departments]
      .filter(([name]) => !knownNames.has(name))
      .map(([name, criteria]): ImportWarning => ({
        kind: "UNKNOWN_DEPARTMENT",
        name,
        message: `系统中还没有名为“${name}”的责任单位；城市采用该测评体系时需要把它对应到本市的单位。`,
        criteria,
      })),
    ...[...siteTypes]
      .filter(([name]) => !knownTypes.has(name))
      .map(([name, criteria]): ImportWarning => ({
        kind: "UNKNOWN_SITE_TYPE",
        name,
        message: `点位类型“${name}”不在系统的点位类型中；登记这类点位前需要先添加该类型。`,
        criteria,
      })),
  ];
}
