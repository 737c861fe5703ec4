import type { Actor } from "@/lib/auth/actor";
import { countEdition } from "@/lib/domain/indicators/edition-data";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import { defineUseCase } from "@/lib/server/use-case";
import { importEditionInput, type ImportEditionInput, type ImportWarning } from "@/lib/validation/indicators";
import { analyseEditionFile, takenCodeMessage } from "./analyse-edition-file";
import { previewEditionImport, type EditionImportPreview } from "./preview-edition-import";
import { writeEditionTree } from "./write-edition-tree";

export type EditionImportResult = { editionId: string; counts: ReturnType<typeof countEdition>; warnings: ImportWarning[] };

/**
 * Imports an edition from an .xlsx, YAML or JSON file, all or nothing: the file is read and
 * checked outside the transaction (every problem at once, 422 IMPORT_INVALID), so the
 * transaction holds only the inserts and the audit entry.
 */
const editionImport = defineUseCase({
  name: "edition.import",
  permission: "import:edition",
  input: importEditionInput,
  // A national edition is a few hundred rows in batches of 500: seconds, but leave room on a busy embedded database.
  transaction: { timeout: 60_000, maxWait: 15_000 },
  prepare: async ({ actor, input }) => analyseEditionFile(actor, input.file),
  run: async ({ tx, actor, input, prepared: { edition, warnings }, audit }): Promise<EditionImportResult> => {
    const sourceName = input.file.name;
    // A concurrent import may have taken the code since the file was checked.
    if (await tx.indicatorEdition.findUnique({ where: { code: edition.code }, select: { id: true } })) {
      throw importInvalid([{ sheet: sourceName, row: null, column: null, message: takenCodeMessage(edition.code) }]);
    }
    const provinceId = actor.role === "PROVINCE_SUPERVISOR" ? actor.provinceId : null;
    const created = await writeEditionTree(tx, edition, { provinceId });
    const counts = countEdition(edition);
    await audit({
      entityType: "IndicatorEdition",
      entityId: created.id,
      after: { code: edition.code, name: edition.name, provinceId, source: sourceName, counts },
    });
    return { editionId: created.id, counts, warnings };
  },
});

/** `dryRun` runs the same checks and previews what would be created; nothing is written. */
export async function importEdition(actor: Actor, input: ImportEditionInput & { dryRun: true }): Promise<EditionImportPreview>;
export async function importEdition(actor: Actor, input: ImportEditionInput & { dryRun?: false }): Promise<EditionImportResult>;
export async function importEdition(actor: Actor, input: ImportEditionInput): Promise<EditionImportPreview | EditionImportResult>;
export async function importEdition(actor: Actor, input: ImportEditionInput): Promise<EditionImportPreview | EditionImportResult> {
  if (!input?.dryRun) return editionImport(actor, input);
  const { prepared } = await editionImport.check(actor, input);
  return previewEditionImport(prepared);
}
