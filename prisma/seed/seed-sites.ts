import type { Tx } from "@/lib/server/tx";
import { createSites, ensureSiteTypes } from "@/tests/factories/site";
import { JIAYUGUAN_SITES } from "./data/jiayuguan-sites";
import { SITE_TYPE_NAMES } from "./data/site-types";
import type { DemoCity } from "./seed-organisation";

/** The manual's site types (kept if they exist) and the demo city's sites. */
export async function seedSites(tx: Tx, { city, departments }: DemoCity) {
  const types = await ensureSiteTypes(tx, SITE_TYPE_NAMES);
  const departmentIds = new Map(departments.map((department) => [department.name, department.id]));
  const idOf = <T>(map: Map<string, T>, name: string) => {
    const value = map.get(name);
    if (value === undefined) throw new Error(`演示点位引用了不存在的名称：${name}`);
    return value;
  };
  return createSites(
    tx,
    city.id,
    JIAYUGUAN_SITES.map(({ type, department, ...site }) => ({
      ...site,
      siteTypeId: idOf(types, type).id,
      responsibleDepartmentId: idOf(departmentIds, department),
    })),
  );
}
