import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { scopeId } from "@/lib/server/cities/city-scope";

export type DashboardCount = { labelKey: string; value: number };
export type DashboardSummary = { scopeLabel: string; counts: DashboardCount[] };

const count = (key: string, value: number): DashboardCount => ({ labelKey: `dashboard.counts.${key}`, value });

/**
 * The first screen after sign-in: what the actor's scope holds. `scopeLabel` is data (province,
 * city and department names), `labelKey` an i18n key for each count's label.
 */
export async function getDashboardSummary(actor: Actor): Promise<DashboardSummary> {
  const scope = assertCan(actor, "read:dashboard");
  if (scope === "any") return systemSummary();
  if (scope === "province") return provinceSummary(scopeId(actor.provinceId));
  if (scope === "city") return citySummary(actor, scopeId(actor.cityId));
  return departmentSummary(scopeId(actor.cityId), scopeId(actor.departmentId));
}

async function systemSummary(): Promise<DashboardSummary> {
  const [provinces, cities, departments, users, editions] = await Promise.all([
    db().province.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    db().city.count({ where: { deletedAt: null } }),
    db().department.count({ where: { deletedAt: null } }),
    db().user.count({ where: { isActive: true } }),
    db().indicatorEdition.count({ where: { deletedAt: null } }),
  ]);
  return {
    scopeLabel: provinces.map((province) => province.name).join("、"),
    counts: [count("cities", cities), count("departments", departments), count("users", users), count("editions", editions)],
  };
}

async function provinceSummary(provinceId: string): Promise<DashboardSummary> {
  const inProvince = { deletedAt: null, city: { provinceId, deletedAt: null } };
  const [province, cities, departments, sites] = await Promise.all([
    db().province.findUnique({ where: { id: provinceId }, select: { name: true } }),
    db().city.count({ where: { provinceId, deletedAt: null } }),
    db().department.count({ where: inProvince }),
    db().site.count({ where: inProvince }),
  ]);
  return {
    scopeLabel: province?.name ?? "",
    counts: [count("cities", cities), count("departments", departments), count("sites", sites)],
  };
}

async function citySummary(actor: Actor, cityId: string): Promise<DashboardSummary> {
  const [city, departments, sites, criteria, users] = await Promise.all([
    db().city.findUnique({ where: { id: cityId }, select: { name: true } }),
    db().department.count({ where: { cityId, deletedAt: null } }),
    db().site.count({ where: { cityId, deletedAt: null } }),
    countAdoptedCriteria(cityId),
    can(actor, "read:user") ? db().user.count({ where: { isActive: true, memberships: { some: { cityId } } } }) : null,
  ]);
  const counts = [count("departments", departments), count("sites", sites), count("criteria", criteria)];
  if (users !== null) counts.push(count("users", users));
  return { scopeLabel: city?.name ?? "", counts };
}

async function departmentSummary(cityId: string, departmentId: string): Promise<DashboardSummary> {
  const [department, sites, openTasks, openFindings] = await Promise.all([
    db().department.findFirst({ where: { id: departmentId, cityId }, select: { name: true, city: { select: { name: true } } } }),
    db().site.count({ where: { cityId, responsibleDepartmentId: departmentId, deletedAt: null } }),
    db().task.count({ where: { cityId, leadDepartmentId: departmentId, deletedAt: null, completedAt: null } }),
    db().finding.count({ where: { cityId, departmentId, status: { notIn: ["VERIFIED", "WITHDRAWN"] } } }),
  ]);
  return {
    scopeLabel: department ? `${department.city.name} · ${department.name}` : "",
    counts: [count("sites", sites), count("openTasks", openTasks), count("openFindings", openFindings)],
  };
}

/** Criteria of the edition the city's current (else latest) cycle adopted, plus its local ones, minus exclusions. */
async function countAdoptedCriteria(cityId: string): Promise<number> {
  const cycle = await db().creationCycle.findFirst({
    where: { cityId, editionId: { not: null } },
    orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }],
    select: { editionId: true },
  });
  if (!cycle?.editionId) return 0;
  return db().criterion.count({
    where: {
      editionId: cycle.editionId,
      OR: [{ cityId: null }, { cityId }],
      settings: { none: { cityId, isExcluded: true } },
    },
  });
}
