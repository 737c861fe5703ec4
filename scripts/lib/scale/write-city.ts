import type { Criterion } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import type { Random } from "@/prisma/seed/data/task-fates";
import { ALL_STREETS_NAME, resolveCriterionDepartments } from "@/prisma/seed/resolve-criterion-departments";
import { cityName } from "./names";
import { planDepartments, planSites, type PlannedDepartment, type SiteTypeWeight } from "./plan-organisation";

// One nominated city of the scale province in the caller's transaction: its departments, current
// cycle (weighted years and the default list, as tests/factories/cycle.ts makes them) adopting the
// sample edition, the city's name mappings and responsible departments, its sites and accounts.

export type CitySetup = {
  index: number;
  provinceId: string;
  provinceCode: string;
  editionId: string;
  criteria: readonly Criterion[];
  types: readonly SiteTypeWeight[];
  departments: number;
  sites: number;
  year: number;
  passwordHash: string;
  random: Random;
  nextId: () => string;
};

export type WrittenCity = {
  id: string;
  name: string;
  cycleId: string;
  departments: PlannedDepartment[];
  officeUserId: string;
  inspectorUserIds: string[];
};

export const SITES_PER_INSPECTOR = 200;

/** Accounts of the scale province: `office.c01@scale.scale.local` and so on, unique per province code. */
export function scaleEmail(provinceCode: string, local: string): string {
  return `${local}@${provinceCode.toLowerCase()}.scale.local`;
}

/**
 * Edition names the city has no department of are mapped to its bureaus in turn (the city's own
 * name mappings, as an office would map them), so every criterion has a lead in a small city too.
 */
function responsibilities(criteria: readonly Criterion[], departments: readonly PlannedDepartment[]) {
  const bureaus = departments.filter((department) => department.kind === "BUREAU");
  const first = resolveCriterionDepartments(criteria, departments);
  const mapped = first.unresolved.map((name, index) => ({ name, departmentId: bureaus[index % bureaus.length].id }));
  const stand = mapped.map(({ name, departmentId }) => ({ id: departmentId, name, kind: "BUREAU" as const }));
  return { mapped, resolved: resolveCriterionDepartments(criteria, [...departments, ...stand]).resolved };
}

export async function writeCity(tx: Tx, setup: CitySetup): Promise<WrittenCity> {
  const { nextId, random } = setup;
  const serial = String(setup.index + 1).padStart(2, "0");
  const name = cityName(setup.index);
  const city = await tx.city.create({
    data: { id: nextId(), provinceId: setup.provinceId, name, slug: `${setup.provinceCode.toLowerCase()}-c${serial}`, isNominated: true },
  });
  const departments = planDepartments(setup.departments, nextId);
  await tx.department.createMany({ data: departments.map((department, sortOrder) => ({ ...department, cityId: city.id, sortOrder })) });

  const cycleId = nextId();
  const startYear = setup.year - 2;
  await tx.creationCycle.create({
    data: {
      id: cycleId,
      cityId: city.id,
      editionId: setup.editionId,
      name: `${name}${startYear}—${setup.year}年创建全国文明城市周期`,
      startYear,
      endYear: setup.year,
      isCurrent: true,
      years: { create: ["0.15", "0.25", "0.60"].map((weight, index) => ({ id: nextId(), year: startYear + index, weight })) },
      rankingLists: { create: { id: nextId(), cityId: city.id, name: "综合红黑榜", isDefault: true, members: "ALL", metric: "COMPOSITE" } },
    },
  });

  const { mapped, resolved } = responsibilities(setup.criteria, departments);
  await tx.departmentNameMapping.createMany({
    data: [
      { id: nextId(), cityId: city.id, name: ALL_STREETS_NAME, isAllStreets: true },
      ...mapped.map(({ name: mappedName, departmentId }) => ({ id: nextId(), cityId: city.id, name: mappedName, departmentId })),
    ],
  });
  await tx.cityCriterionDepartment.createMany({ data: resolved.map((row) => ({ ...row, cityId: city.id })) });

  const centre = [30 + random() * 10, 100 + random() * 15] as const;
  const sites = planSites({ cityId: city.id, cityName: name, centre, types: setup.types, departments }, setup.sites, random, nextId);
  for (let at = 0; at < sites.length; at += 2000) await tx.site.createMany({ data: sites.slice(at, at + 2000) });

  const inspectors = Math.min(20, Math.max(1, Math.ceil(setup.sites / SITES_PER_INSPECTOR)));
  const users = [
    { id: nextId(), email: scaleEmail(setup.provinceCode, `office.c${serial}`), name: `${name}文明办`, role: "CITY_ADMIN" as const },
    ...Array.from({ length: inspectors }, (_, i) => ({
      id: nextId(),
      email: scaleEmail(setup.provinceCode, `inspector${i + 1}.c${serial}`),
      name: `${name}督查员${i + 1}`,
      role: "INSPECTOR" as const,
    })),
  ];
  await tx.user.createMany({
    data: users.map(({ id, email, name: userName }) => ({ id, email, name: userName, passwordHash: setup.passwordHash, mustChangePassword: false })),
  });
  await tx.roleMembership.createMany({ data: users.map(({ id, role }) => ({ id: nextId(), userId: id, role, cityId: city.id })) });
  return { id: city.id, name, cycleId, departments, officeUserId: users[0].id, inspectorUserIds: users.slice(1).map((user) => user.id) };
}
