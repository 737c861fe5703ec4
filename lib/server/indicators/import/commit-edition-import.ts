import { z } from "@/lib/validation/zod";
import { countEdition } from "@/lib/domain/indicators/edition-data";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import { defineUseCase } from "@/lib/server/use-case";
import { editionDataInput } from "@/lib/validation/indicators";
import { takenCodeMessage } from "./analyse-edition-file";
import { writeEditionTree } from "./write-edition-tree";

/**
 * Writes a validated edition in one short transaction. The file was read and checked before
 * (analyseEditionFile), so the transaction holds only the inserts and the audit entry.
 */
export const commitEditionImport = defineUseCase({
  name: "edition.import",
  permission: "import:edition",
  input: z.object({ edition: editionDataInput, sourceName: z.string().trim().min(1).max(255) }),
  // A national edition is a few hundred rows in batches of 500: seconds, but leave room on a busy embedded database.
  transaction: { timeout: 60_000, maxWait: 15_000 },
  run: async ({ tx, actor, input: { edition, sourceName }, audit }) => {
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
    return { editionId: created.id, counts };
  },
});
