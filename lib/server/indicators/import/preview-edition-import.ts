import type { Actor } from "@/lib/auth/actor";
import { countEdition, summarizeEdition } from "@/lib/domain/indicators/edition-data";
import type { ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { analyseEditionFile } from "./analyse-edition-file";

/** The dry run: what an import would create, with its warnings; nothing is written. */
export async function previewEditionImport(actor: Actor, file: ImportFile) {
  const { edition, warnings } = await analyseEditionFile(actor, file);
  return {
    edition: { name: edition.name, code: edition.code, description: edition.description },
    counts: countEdition(edition),
    warnings,
    tree: summarizeEdition(edition),
  };
}
export type EditionImportPreview = Awaited<ReturnType<typeof previewEditionImport>>;
