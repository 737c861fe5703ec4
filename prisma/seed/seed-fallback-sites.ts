import type { Tx } from "@/lib/server/tx";
import { ensureSiteTypes } from "@/tests/factories/site";

// Until the site seed gives the other two demo cities their sites, their rounds need a few: one or
// two of each inspected type per street office, owned by the bureau that the sample edition makes
// responsible (or the street office itself). Only runs for a city with no sites at all.

const TYPES: ReadonlyArray<readonly [type: string, owners: readonly string[]]> = [
  ["主次干道", ["市城管局"]],
  ["背街小巷", []],
  ["主要交通路口", ["市公安局交警支队", "市城管局"]],
  ["集贸市场", ["市市场监管局"]],
  ["小区", []],
  ["公交站点", ["市交通运输局", "市城管局"]],
  ["公共广场", ["市城管局"]],
];

export async function seedFallbackSitesIfNone(tx: Tx, cityId: string, codePrefix: string) {
  if ((await tx.site.count({ where: { cityId } })) > 0) return 0;
  const departments = await tx.department.findMany({ where: { cityId, deletedAt: null }, orderBy: { name: "asc" } });
  const streets = departments.filter((d) => d.kind === "STREET_OFFICE");
  const types = await ensureSiteTypes(
    tx,
    TYPES.map(([type]) => type),
  );
  const rows = streets.flatMap((street, s) =>
    TYPES.flatMap(([type, owners], t) =>
      [1, 2].map((n) => {
        const owner = departments.find((d) => owners.includes(d.name)) ?? street;
        const streetName = street.shortName ?? street.name;
        return {
          cityId,
          code: `${codePrefix}-${String(s * 100 + t * 10 + n).padStart(4, "0")}`,
          siteTypeId: types.get(type)!.id,
          name: `${streetName}${type}${n}号点位`,
          street: streetName,
          grid: `${streetName}第${n}网格`,
          address: `${streetName}${type}`,
          responsibleDepartmentId: owner.id,
        };
      }),
    ),
  );
  await tx.site.createMany({ data: rows });
  return rows.length;
}
