import type { ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import { parseSiteFile } from "@/lib/domain/sites/site-file";
import type { SiteImportContext } from "@/lib/domain/sites/site-sheet-layout";

/**
 * Reads and checks the whole file against the city, outside any transaction: every problem at
 * once (422 IMPORT_INVALID), else the rows ready to write.
 */
export async function checkSiteFile(file: ImportFile, context: SiteImportContext) {
  const { rows, problems, isReadable } = await parseSiteFile(file, context);
  // A file that cannot be read at all (an .xls, say) has one problem whose message says it all.
  if (!isReadable) throw importInvalid(problems.list(), problems.list()[0]?.message);
  if (!problems.isEmpty) throw importInvalid(problems.list());
  return rows;
}
