import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { siteSheet, type SiteSheetRow } from "@/lib/domain/sites/site-workbook";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { invalidInput } from "@/lib/errors";
import { resolveReadCity } from "@/lib/server/plans/resolve-read-city";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listSitesQuery, type ListSitesParams } from "@/lib/validation/sites";
import { siteFilterWhere } from "../list-sites";

/**
 * One city's sites (the list's filters apply; active ones by default) in the template's layout
 * with their codes, so the file imports into a fresh city as it is.
 */
export async function exportSites(actor: Actor, params: Omit<ListSitesParams, "page" | "pageSize"> = {}) {
  const scope = assertCan(actor, "read:site");
  const parsed = listSitesQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const filters = parsed.data;
  const cityId = await resolveReadCity(db(), actor, scope, filters.city);
  const [city, sites] = await Promise.all([
    db().city.findUniqueOrThrow({ where: { id: cityId }, select: { name: true } }),
    db().site.findMany({
      where: { AND: [{ cityId }, siteFilterWhere({ ...filters, city: undefined })] },
      orderBy: { code: "asc" },
      select: {
        code: true,
        name: true,
        street: true,
        grid: true,
        address: true,
        longitude: true,
        latitude: true,
        siteType: { select: { name: true } },
        responsibleDepartment: { select: { name: true } },
      },
    }),
  ]);
  const rows: SiteSheetRow[] = sites.map((site) => ({
    name: site.name,
    type: site.siteType.name,
    street: site.street,
    grid: site.grid,
    address: site.address,
    longitude: site.longitude?.toString() ?? null,
    latitude: site.latitude?.toString() ?? null,
    department: site.responsibleDepartment.name,
    code: site.code,
  }));
  return {
    bytes: await writeWorkbook([siteSheet(rows)]),
    fileName: `点位（${city.name}）.xlsx`,
    asciiFileName: "sites.xlsx",
    contentType: XLSX_CONTENT_TYPE,
  };
}
