import { MAPPING_KINDS } from "@/lib/domain/edition-mapping/mapping-rules";
import { z } from "@/lib/validation/zod";

const code = z.string().trim().min(1).nullable().default(null);

export const mappingRowSchema = z.object({ kind: z.enum(MAPPING_KINDS), from: code, to: code });

export const replaceEditionMappingInput = z.object({
  fromEditionId: z.string().min(1),
  toEditionId: z.string().min(1),
  rows: z.array(mappingRowSchema).max(5000),
});

export const editionMappingQuery = z.object({ from: z.string().min(1), to: z.string().min(1) });

export const criterionTrendQuery = z.object({ criterionId: z.string().min(1), cityId: z.string().min(1).optional() });
