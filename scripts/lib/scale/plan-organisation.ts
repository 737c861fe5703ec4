import type { Prisma } from "@/lib/generated/prisma/client";
import { formatSiteCode } from "@/lib/domain/sites/site-code";
import { between, pick, type Random } from "@/prisma/seed/data/task-fates";
import { bureauName, streetOfficeName } from "./names";

// One city's departments and sites as rows in memory (pure, deterministic given the PRNG and ids).

export type PlannedDepartment = { id: string; name: string; shortName: string; kind: "BUREAU" | "STREET_OFFICE" };

/** A quarter street offices (at least one), the rest bureaus, the edition's bureaus first. */
export function planDepartments(count: number, nextId: () => string): PlannedDepartment[] {
  const streets = Math.max(1, Math.round(count / 4));
  const bureaus = Math.max(1, count - streets);
  return [
    ...Array.from({ length: bureaus }, (_, index) => ({ id: nextId(), ...bureauName(index), kind: "BUREAU" as const })),
    ...Array.from({ length: count - bureaus }, (_, index) => ({ id: nextId(), ...streetOfficeName(index), kind: "STREET_OFFICE" as const })),
  ];
}

// The bureau that usually answers for a site of this type (包点单位), when the city has it.
const TYPE_OWNERS: Record<string, string> = {
  集贸市场: "市市场监管局",
  商场超市: "市市场监管局",
  医院: "市卫健委",
  中小学校: "市教育局",
  公交站点: "市交通运输局",
  公交车: "市交通运输局",
  建筑工地: "市住建局",
  政务大厅: "市政务服务中心",
  主要交通路口: "市公安局交警支队",
  新时代文明实践中心: "市文明办",
};

export type SiteTypeWeight = { name: string; id: string; weight: number };

function weightedType(random: Random, types: readonly SiteTypeWeight[], total: number): SiteTypeWeight {
  let roll = random() * total;
  for (const type of types) {
    roll -= type.weight;
    if (roll < 0) return type;
  }
  return types[types.length - 1];
}

/**
 * `count` sites over the city's streets and grids, of the types FIELD criteria are inspected at,
 * weighted by how many criteria apply there (roads, lanes, markets and communities are the most
 * numerous and the most inspected). About a third belong to the type's usual bureau, a third to
 * another bureau (包点), the rest to the street office of their street.
 */
export function planSites(
  context: { cityId: string; cityName: string; centre: readonly [number, number]; types: readonly SiteTypeWeight[]; departments: readonly PlannedDepartment[] },
  count: number,
  random: Random,
  nextId: () => string,
): Prisma.SiteCreateManyInput[] {
  const offices = context.departments.filter((department) => department.kind === "STREET_OFFICE");
  const bureaus = context.departments.filter((department) => department.kind === "BUREAU");
  const byName = new Map(context.departments.map((department) => [department.name, department.id]));
  const total = context.types.reduce((sum, type) => sum + type.weight, 0);
  const serials = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const type = weightedType(random, context.types, total);
    const office = pick(random, offices);
    const roll = random();
    const owner = TYPE_OWNERS[type.name] ? byName.get(TYPE_OWNERS[type.name]) : undefined;
    const responsibleDepartmentId = roll < 0.35 && owner ? owner : roll < 0.7 ? pick(random, bureaus).id : office.id;
    const serial = (serials.get(`${office.shortName}${type.name}`) ?? 0) + 1;
    serials.set(`${office.shortName}${type.name}`, serial);
    const [lat, lon] = context.centre;
    return {
      id: nextId(),
      cityId: context.cityId,
      code: formatSiteCode(index + 1),
      siteTypeId: type.id,
      name: `${office.shortName}${type.name}${serial}号`,
      street: office.shortName,
      grid: `${office.shortName}第${between(random, 1, 6)}网格`,
      address: `${context.cityName}${office.shortName}${type.name}${serial}号`,
      latitude: (lat + (random() - 0.5) * 0.1).toFixed(6),
      longitude: (lon + (random() - 0.5) * 0.1).toFixed(6),
      responsibleDepartmentId,
    };
  });
}
