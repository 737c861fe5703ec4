import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { importSitesInput, type ImportSitesInput, type SiteImportPreview, type SiteImportResult } from "@/lib/validation/site-import";
import { allocateSiteCodes } from "../site-changes";
import { checkSiteFile } from "./check-site-file";
import { loadSiteImportContext } from "./load-site-import-context";
import { previewSiteImport } from "./preview-site-import";
import { recheckSiteRows } from "./recheck-site-rows";

// Stays well under PostgreSQL's limit of bind parameters per statement.
const BATCH = 500;

/**
 * Imports a site list (.xlsx in the template's layout) into the office's city, all or nothing:
 * the whole file is checked outside the transaction, which then checks the rows again, gives the
 * next free codes to rows without one and holds only the writes.
 */
const siteImport = defineUseCase({
  name: "site.import",
  permission: "manage:site",
  input: importSitesInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  load: async ({ actor }) => {
    const cityId = requireCityId(actor);
    return { cityId, context: await loadSiteImportContext(db(), cityId) };
  },
  prepare: async ({ input, loaded }) => checkSiteFile(input.file, loaded.context),
  run: async ({ tx, input, loaded: { cityId }, prepared: rows, audit }): Promise<SiteImportResult> => {
    await recheckSiteRows(tx, cityId, rows);
    const named = rows.flatMap((row) => (row.code ? [row.code] : []));
    const generated = await allocateSiteCodes(tx, cityId, rows.length - named.length, named);
    let next = 0;
    const data = rows.map((row) => ({
      cityId,
      code: row.code ?? generated[next++],
      name: row.name,
      siteTypeId: row.siteTypeId,
      street: row.street,
      grid: row.grid,
      address: row.address,
      longitude: row.longitude,
      latitude: row.latitude,
      responsibleDepartmentId: row.responsibleDepartmentId,
    }));
    for (let start = 0; start < data.length; start += BATCH) await tx.site.createMany({ data: data.slice(start, start + BATCH) });
    await audit({
      entityType: "City",
      entityId: cityId,
      cityId,
      after: { source: input.file.name, sites: data.length, codes: [data[0].code, data.at(-1)!.code] },
    });
    return { created: data.length };
  },
});

/** `dryRun` runs the same gate, checks and phases and previews what would be created; nothing is written. */
export async function importSites(actor: Actor, input: ImportSitesInput & { dryRun: true }): Promise<SiteImportPreview>;
export async function importSites(actor: Actor, input: ImportSitesInput & { dryRun?: false }): Promise<SiteImportResult>;
export async function importSites(actor: Actor, input: ImportSitesInput): Promise<SiteImportPreview | SiteImportResult> {
  if (!input?.dryRun) return siteImport(actor, input);
  const { prepared } = await siteImport.check(actor, input);
  return previewSiteImport(prepared);
}
