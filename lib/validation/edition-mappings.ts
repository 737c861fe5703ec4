import { MAPPING_KINDS } from "@/lib/domain/edition-mapping/mapping-rules";
import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";

const code = z.string().trim().min(1).nullable().default(null);

export const mappingRowSchema = z.object({ kind: z.enum(MAPPING_KINDS), from: code, to: code });

export const replaceEditionMappingInput = z.object({
  fromEditionId: idSchema,
  toEditionId: idSchema,
  rows: z.array(mappingRowSchema).max(5000),
});

export const editionMappingQuery = z.object({ from: idSchema, to: idSchema });

export const criterionTrendQuery = z.object({ criterionId: idSchema, cityId: idSchema.optional() });
