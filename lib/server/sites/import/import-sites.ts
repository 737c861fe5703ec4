import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importSitesInput, type ImportSitesInput, type SiteImportPreview, type SiteImportResult } from "@/lib/validation/site-import";
import { analyseSiteFile } from "./analyse-site-file";
import { commitSiteImport } from "./commit-site-import";
import { previewSiteImport } from "./preview-site-import";

/**
 * Imports a site list (.xlsx in the template's layout) into the office's city, all or nothing.
 * `dryRun` checks and previews without a transaction; otherwise the `site.import` use case writes.
 */
export async function importSites(actor: Actor, input: ImportSitesInput & { dryRun: true }): Promise<SiteImportPreview>;
export async function importSites(actor: Actor, input: ImportSitesInput & { dryRun?: false }): Promise<SiteImportResult>;
export async function importSites(actor: Actor, input: ImportSitesInput): Promise<SiteImportPreview | SiteImportResult> {
  assertCan(actor, "manage:site");
  const parsed = importSitesInput.safeParse(input);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { file, dryRun } = parsed.data;
  const rows = await analyseSiteFile(requireCityId(actor), file);
  if (dryRun) return previewSiteImport(rows);
  return commitSiteImport(actor, { sourceName: file.name, rows });
}
