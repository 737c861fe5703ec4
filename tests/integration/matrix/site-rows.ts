import { db } from "@/lib/db";
import { siteSheet } from "@/lib/domain/sites/site-workbook";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { createSite } from "@/lib/server/sites/create-site";
import { deactivateSite } from "@/lib/server/sites/deactivate-site";
import { exportSites } from "@/lib/server/sites/export/export-sites";
import { getSiteTemplate } from "@/lib/server/sites/export/get-site-template";
import { getSiteOrThrow } from "@/lib/server/sites/get-site-or-throw";
import { getStreetSummary } from "@/lib/server/sites/get-street-summary";
import { importSites } from "@/lib/server/sites/import/import-sites";
import { listSites } from "@/lib/server/sites/list-sites";
import { updateSite } from "@/lib/server/sites/update-site";
import { createSite as makeSite, createSiteType } from "@/tests/factories/site";
import { ANY, CITY, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Sites (点位): the office manages its city's; every reader of the city (not a liaison) reads them.

let siteType: Promise<{ id: string; name: string }> | undefined;
const theType = () => (siteType ??= createSiteType(db()));
const freshSite = async (f: MatrixFixture) => makeSite(db(), { cityId: f.cityId, responsibleDepartmentId: f.departmentId, siteTypeId: (await theType()).id });

export const siteRows: MatrixRow[] = [
  {
    action: "site.list",
    run: async (actor, f) => {
      const site = await freshSite(f);
      assertListed((await listSites(actor, { city: f.cityId, q: site.code })).items, site.id);
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "site.get",
    run: async (actor, f) => getSiteOrThrow(actor, (await freshSite(f)).id),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "site.export",
    run: (actor, f) => exportSites(actor, { city: f.cityId }),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "site.streets",
    run: (actor, f) => getStreetSummary(actor, { city: f.cityId }),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "site.template",
    // The template names no record.
    run: (actor) => getSiteTemplate(actor),
    expect: grants({ CITY_ADMIN: ANY }),
  },
  {
    action: "site.create",
    // Always in the office's own city (the input has no city); the department is the fixture's.
    run: async (actor, f) => createSite(actor, { name: "矩阵点位", siteTypeId: (await theType()).id, responsibleDepartmentId: f.home.departmentA1.id }),
    expect: grants({ CITY_ADMIN: ANY }),
  },
  {
    action: "site.update",
    run: async (actor, f) => updateSite(actor, { id: (await freshSite(f)).id, version: 1, grid: "矩阵网格" }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "site.deactivate",
    run: async (actor, f) => deactivateSite(actor, { id: (await freshSite(f)).id, version: 1 }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "site.import",
    // Into the office's own city, like site.create.
    run: async (actor, f) => {
      const row = { name: "矩阵导入", type: (await theType()).name, street: null, grid: null, address: null, longitude: null, latitude: null, code: null };
      const bytes = await writeWorkbook([siteSheet([{ ...row, department: f.home.departmentA1.name }])]);
      return importSites(actor, { file: { name: "点位.xlsx", bytes }, dryRun: false });
    },
    expect: grants({ CITY_ADMIN: ANY }),
  },
];
