import { periodSnapshotSchema, roundSnapshotSchema, snapshotSchema } from "@/lib/domain/publications/snapshot-schema";
import {
  correctPublicationInput,
  listPublicationsQuery,
  previewPublicationInput,
  provincePreviewInput,
  provincePublicationInput,
  publishPublicationInput,
} from "@/lib/validation/publications";
import { z } from "@/lib/validation/zod";
import type { ApiRouteDoc } from "./types";

// Publications (发布): frozen snapshots of a round's or a period's results, their corrections, and reads.

const listItemSchema = z.object({
  id: z.string(),
  scope: z.enum(["CITY", "PROVINCE"]),
  kind: z.enum(["ROUND", "MONTH", "QUARTER", "YEAR", "CYCLE"]),
  city: z.object({ id: z.string(), name: z.string() }).nullable(),
  round: z.object({ id: z.string(), name: z.string() }).nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  supersededBy: z.string().nullable().describe("更正它的通报 id；未被更正为 null"),
});

/** A liaison reads its own department's rows only, without the calculator input. */
const departmentViewSchema = z
  .union([roundSnapshotSchema.omit({ input: true }), periodSnapshotSchema])
  .and(z.object({ department: z.string() }))
  .describe("联络员视图：仅含本单位的数据，不含计分输入");

const detailSchema = listItemSchema.extend({
  issueYear: z.number().int(),
  issueNumber: z.number().int(),
  summary: z.string().nullable(),
  reason: z.string().nullable().describe("更正原因（更正通报）"),
  supersedes: z.string().nullable().describe("被它更正的通报 id"),
  snapshot: z.union([snapshotSchema, departmentViewSchema]),
});

export const publicationRoutes: ApiRouteDoc[] = [
  {
    method: "post",
    path: "/api/v1/publications/preview",
    summary: "发布预览：返回发布时将冻结的快照 {snapshot}，不写入任何数据（按当前数据实时计算；省级督导预览本省排名）",
    tags: ["publications"],
    body: z.union([previewPublicationInput, provincePreviewInput]),
    response: z.object({ snapshot: snapshotSchema }),
  },
  {
    method: "post",
    path: "/api/v1/publications",
    summary:
      "发布：城市办公室发布轮次或期间结果（轮次须已结束，否则 409 ROUND_NOT_CLOSED；有未答复申诉为 409 APPEALS_OPEN）；省级督导发布本省城市排名（scope PROVINCE，只读取各市已发布的通报）。已发布且未被更正为 409 ALREADY_PUBLISHED（请发布更正）",
    tags: ["publications"],
    body: z.union([publishPublicationInput, provincePublicationInput]),
    response: detailSchema,
    status: 201,
  },
  {
    method: "post",
    path: "/api/v1/publications/{id}/corrections",
    summary: "发布更正：按当前数据重新计算，取代原通报（原通报保留并标注被更正）；已被更正的通报为 409 ALREADY_SUPERSEDED",
    tags: ["publications"],
    body: correctPublicationInput.omit({ id: true }),
    response: detailSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/publications",
    summary: "通报列表（按发布时间倒序；期间筛选取与之重叠的通报）",
    tags: ["publications"],
    query: listPublicationsQuery,
    response: z.object({ items: z.array(listItemSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  },
  {
    method: "get",
    path: "/api/v1/publications/{id}",
    summary: "通报详情与冻结的快照（发布后不再变化）",
    tags: ["publications"],
    query: z.object({}),
    response: detailSchema,
  },
  {
    method: "get",
    path: "/api/v1/publications/{id}/letters/{department}",
    summary: "黑榜提醒函（.docx）：该通报中首次列入黑榜（第 1 级）的单位的提醒函，按发布时的快照生成；联络员只能下载本单位的；没有则 404",
    tags: ["publications"],
    query: z.object({}),
    fileType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
];
