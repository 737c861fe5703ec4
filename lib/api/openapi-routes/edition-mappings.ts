import { z } from "@/lib/validation/zod";
import { editionMappingQuery, mappingRowSchema, replaceEditionMappingInput } from "@/lib/validation/edition-mappings";
import type { ApiRouteDoc } from "./types";

const mapping = z.object({ fromEditionId: z.string(), toEditionId: z.string(), rows: z.array(mappingRowSchema) });

export const editionMappingRoutes: ApiRouteDoc[] = [
  { method: "get", path: "/api/v1/edition-mappings", summary: "新旧版测评体系的对应关系", tags: ["editions"], query: editionMappingQuery, response: mapping },
  {
    method: "put",
    path: "/api/v1/edition-mappings",
    summary: "整体替换新旧版对应关系（一对一、拆分、合并、删除、新增）",
    tags: ["editions"],
    body: replaceEditionMappingInput,
    response: mapping,
  },
  {
    method: "get",
    path: "/api/v1/criteria/{id}/trend",
    summary: "测评标准的得分率趋势（跨版本按对应关系延续）",
    tags: ["scoring"],
    query: z.object({ cityId: z.string().optional() }),
    response: z.object({
      criterion: z.object({ id: z.string(), code: z.string(), name: z.string(), editionCode: z.string(), editionName: z.string() }),
      previousEdition: z.object({ code: z.string(), name: z.string() }).nullable(),
      items: z.array(
        z.object({
          roundId: z.string(),
          roundName: z.string(),
          periodEnd: z.string(),
          codes: z.array(z.string()),
          isMapped: z.boolean(),
          rate: z.string().nullable(),
        }),
      ),
    }),
  },
];
