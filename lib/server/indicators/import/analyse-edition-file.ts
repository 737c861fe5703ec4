import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { EditionData } from "@/lib/domain/indicators/edition-data";
import { parseEditionFile } from "@/lib/domain/indicators/parse-edition-file";
import type { ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import type { ImportWarning } from "@/lib/validation/indicators";
import { findUnknownNames } from "./find-unknown-names";

export const takenCodeMessage = (code: string) => `版本编码“${code}”已被系统中的测评体系使用；新的版本或修订请使用新的编码。`;

/**
 * Reads and validates the whole file, outside any transaction: every problem of the file plus a
 * taken edition code, all at once (422 IMPORT_INVALID), else the edition and its warnings.
 */
export async function analyseEditionFile(actor: Actor, file: ImportFile): Promise<{ edition: EditionData; warnings: ImportWarning[] }> {
  const result = await parseEditionFile(file);
  // A file that cannot be read at all (an .xls, say) has one problem whose message says it all.
  if (!result.format) throw importInvalid(result.problems.list(), result.problems.list()[0]?.message);
  if (result.code && (await db().indicatorEdition.findUnique({ where: { code: result.code }, select: { id: true } }))) {
    result.problems.add(result.codeLocation, takenCodeMessage(result.code));
  }
  if (!result.problems.isEmpty || !result.edition) throw importInvalid(result.problems.list());
  return { edition: result.edition, warnings: await findUnknownNames(db(), actor, result.edition) };
}
