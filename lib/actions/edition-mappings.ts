"use server";
import { parseMappingText } from "@/lib/domain/edition-mapping/mapping-text";
import { AppError } from "@/lib/errors";
import { replaceEditionMapping } from "@/lib/server/edition-mappings/replace-edition-mapping";
import { runAction } from "./run-action";

export async function saveEditionMappingAction(input: { fromEditionId: string; toEditionId: string; text: string }) {
  return runAction(async (actor) => {
    const { rows, problems } = parseMappingText(input.text);
    if (problems.length > 0) {
      throw new AppError("MAPPING_INVALID", `对应关系表有 ${problems.length} 处问题，未保存。`, 422, undefined, {
        errors: problems.map((p) => ({ sheet: "对应关系", row: p.row, column: p.field, message: p.message })),
      });
    }
    const saved = await replaceEditionMapping(actor, { fromEditionId: input.fromEditionId, toEditionId: input.toEditionId, rows });
    return { count: saved.rows.length };
  });
}
