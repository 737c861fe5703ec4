import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importEditionInput, type ImportEditionInput, type ImportWarning } from "@/lib/validation/indicators";
import { analyseEditionFile } from "./analyse-edition-file";
import { commitEditionImport } from "./commit-edition-import";
import { previewEditionImport, type EditionImportPreview } from "./preview-edition-import";

export type EditionImportResult = Awaited<ReturnType<typeof commitEditionImport>> & { warnings: ImportWarning[] };

/**
 * Imports an edition from an .xlsx, YAML or JSON file, all or nothing. `dryRun` validates and
 * previews without a transaction; otherwise the edition is written by the `edition.import` use case.
 */
export async function importEdition(actor: Actor, input: ImportEditionInput & { dryRun: true }): Promise<EditionImportPreview>;
export async function importEdition(actor: Actor, input: ImportEditionInput & { dryRun?: false }): Promise<EditionImportResult>;
export async function importEdition(actor: Actor, input: ImportEditionInput): Promise<EditionImportPreview | EditionImportResult>;
export async function importEdition(actor: Actor, input: ImportEditionInput): Promise<EditionImportPreview | EditionImportResult> {
  if (actor.mustChangePassword) throw forbidden("请先修改初始密码。");
  assertCan(actor, "import:edition");
  const parsed = importEditionInput.safeParse(input);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { file, dryRun } = parsed.data;
  if (dryRun) return previewEditionImport(actor, file);
  const { edition, warnings } = await analyseEditionFile(actor, file);
  const result = await commitEditionImport(actor, { edition, sourceName: file.name });
  return { ...result, warnings };
}
