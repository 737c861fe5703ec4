import { validateMapping } from "@/lib/domain/edition-mapping/mapping-rules";
import { AppError, invalidInput, notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { replaceEditionMappingInput } from "@/lib/validation/edition-mappings";
import { loadMapping } from "./load-mapping";

/** Replaces the whole mapping from an old edition to a new one; every problem is reported at once. */
export const replaceEditionMapping = defineUseCase({
  name: "edition-mapping.replace",
  permission: "manage:edition",
  input: replaceEditionMappingInput,
  run: async ({ tx, input, audit }) => {
    if (input.fromEditionId === input.toEditionId) throw invalidInput({ toEditionId: ["新旧版本不能相同"] });
    const editions = await tx.indicatorEdition.findMany({
      where: { id: { in: [input.fromEditionId, input.toEditionId] }, deletedAt: null },
      include: { criteria: { where: { cityId: null }, select: { id: true, code: true } } },
    });
    const from = editions.find((edition) => edition.id === input.fromEditionId);
    const to = editions.find((edition) => edition.id === input.toEditionId);
    if (!from || !to) throw notFound("测评体系版本");
    const fromIds = new Map(from.criteria.map((criterion) => [criterion.code, criterion.id]));
    const toIds = new Map(to.criteria.map((criterion) => [criterion.code, criterion.id]));
    const problems = validateMapping(input.rows, new Set(fromIds.keys()), new Set(toIds.keys()));
    if (problems.length > 0) {
      throw new AppError("MAPPING_INVALID", `对应关系表有 ${problems.length} 处问题，未保存。`, 422, undefined, {
        errors: problems.map((p) => ({ sheet: "对应关系", row: p.row, column: p.field, message: p.message })),
      });
    }
    const before = await loadMapping(tx, from.id, to.id);
    await tx.criterionMapping.deleteMany({ where: { fromEditionId: from.id, toEditionId: to.id } });
    await tx.criterionMapping.createMany({
      data: input.rows.map((row) => ({
        fromEditionId: from.id,
        toEditionId: to.id,
        kind: row.kind,
        fromCriterionId: row.from ? fromIds.get(row.from)! : null,
        toCriterionId: row.to ? toIds.get(row.to)! : null,
      })),
    });
    const after = await loadMapping(tx, from.id, to.id);
    await audit({ entityType: "CriterionMapping", entityId: `${from.code}→${to.code}`, before, after });
    return { fromEditionId: from.id, toEditionId: to.id, rows: after };
  },
});
