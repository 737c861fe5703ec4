import { countEdition, summarizeEdition, type EditionData } from "@/lib/domain/indicators/edition-data";
import type { ImportWarning } from "@/lib/validation/indicators";

/** The dry run: what an import of the checked file would create, with its warnings. */
export function previewEditionImport({ edition, warnings }: { edition: EditionData; warnings: ImportWarning[] }) {
  return {
    edition: { name: edition.name, code: edition.code, description: edition.description },
    counts: countEdition(edition),
    warnings,
    tree: summarizeEdition(edition),
  };
}
export type EditionImportPreview = ReturnType<typeof previewEditionImport>;
