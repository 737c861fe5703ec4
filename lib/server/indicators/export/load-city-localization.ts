import { db } from "@/lib/db";
import type { CriterionLocalization } from "@/lib/domain/indicators/localize-edition";

/** A city's settings and responsible departments for the criteria of one edition, by criterion code. */
export async function loadCityLocalization(editionId: string, cityId: string) {
  const [city, settings, responsibilities, streetOfficeCount] = await Promise.all([
    db().city.findUniqueOrThrow({ where: { id: cityId }, select: { name: true, slug: true } }),
    db().cityCriterionSetting.findMany({ where: { cityId, criterion: { editionId } }, include: { criterion: { select: { code: true } } } }),
    db().cityCriterionDepartment.findMany({
      where: { cityId, criterion: { editionId }, department: { deletedAt: null } },
      include: { criterion: { select: { code: true } }, department: { select: { name: true, kind: true, sortOrder: true } } },
    }),
    db().department.count({ where: { cityId, kind: "STREET_OFFICE", deletedAt: null } }),
  ]);
  const byCode = new Map<string, CriterionLocalization>();
  const entry = (code: string) => {
    let localization = byCode.get(code);
    if (!localization) byCode.set(code, (localization = { isExcluded: false, rectificationDays: null, responsibilities: [] }));
    return localization;
  };
  for (const setting of settings)
    Object.assign(entry(setting.criterion.code), { isExcluded: setting.isExcluded, rectificationDays: setting.rectificationDays });
  for (const row of responsibilities) {
    entry(row.criterion.code).responsibilities.push({
      departmentId: row.departmentId,
      name: row.department.name,
      role: row.role,
      isStreetOffice: row.department.kind === "STREET_OFFICE",
      sortOrder: row.department.sortOrder,
    });
  }
  return { city, byCode, streetOfficeCount };
}
