import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { SCALE_PASSWORD } from "../../lib/scale/seed-scale-province";
import { scaleEmail } from "../../lib/scale/write-city";

export type ScaleCity = { id: string; name: string; slug: string | null; office: Actor };

export type ScaleProvince = {
  id: string;
  code: string;
  /** The day seed:scale seeded "on": its rounds end before it. */
  today: string;
  cities: ScaleCity[];
  supervisor: { email: string; password: string };
  /** What seed:scale recorded: its options and the rows it wrote. */
  dataSet: Record<string, string | number>;
};

type SeedRecord = { code?: string; today?: string; cities?: number; departments?: number; sites?: number; rounds?: number; rows?: Record<string, number> };

/**
 * The province of the latest seed:scale run still in the database (its audit entry names it), with each
 * city's office account as an actor; null when the database holds none (or is not migrated).
 */
export async function findScaleProvince(): Promise<ScaleProvince | null> {
  // A database never migrated holds no data set either (seed:scale migrates it first).
  const [{ migrated }] = await db().$queryRaw<{ migrated: boolean }[]>`SELECT to_regclass('"AuditLog"') IS NOT NULL AS migrated`;
  if (!migrated) return null;
  const runs = await db().auditLog.findMany({
    where: { action: "seed.scale", entityType: "Province" },
    orderBy: { at: "desc" },
    select: { entityId: true, after: true },
  });
  for (const run of runs) {
    const province = run.entityId ? await db().province.findUnique({ where: { id: run.entityId }, select: { id: true, code: true } }) : null;
    if (!province) continue;
    const seeded = (run.after ?? {}) as SeedRecord;
    const cities = await db().city.findMany({ where: { provinceId: province.id }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
    const offices = await db().roleMembership.findMany({
      where: { role: "CITY_ADMIN", cityId: { in: cities.map((city) => city.id) } },
      orderBy: { createdAt: "asc" },
      select: { cityId: true, userId: true },
    });
    const withOffices: ScaleCity[] = [];
    for (const city of cities) {
      const membership = offices.find((row) => row.cityId === city.id);
      const office = membership ? await loadUserActor(membership.userId) : null;
      if (office) withOffices.push({ ...city, office });
    }
    return {
      id: province.id,
      code: province.code,
      today: seeded.today ?? new Date().toISOString().slice(0, 10),
      cities: withOffices,
      supervisor: { email: scaleEmail(province.code, "supervisor"), password: SCALE_PASSWORD },
      dataSet: {
        province: province.code,
        cities: cities.length,
        departmentsPerCity: seeded.departments ?? 0,
        sitesPerCity: seeded.sites ?? 0,
        weeklyRounds: seeded.rounds ?? 0,
        checks: seeded.rows?.Check ?? 0,
        findings: seeded.rows?.Finding ?? 0,
        seededOn: seeded.today ?? "",
      },
    };
  }
  return null;
}
