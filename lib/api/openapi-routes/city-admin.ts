import { z } from "@/lib/validation/zod";
import { citySettingsQuery, citySettingsRowSchema, updateCitySettingsInput, cycleWeightsFields } from "@/lib/validation/city-settings";
import {
  createRankingListInput,
  listRankingListsQuery,
  rankingListRowSchema,
  reorderRankingListsInput,
  updateRankingListInput,
} from "@/lib/validation/ranking-lists";
import { pagingSchema } from "../paging";
import type { ApiRouteDoc } from "./types";

// City settings, the cycle's weights and its ranking lists (红黑榜): the schemas the use cases validate with.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
const cycleWeightsSchema = citySettingsRowSchema.shape.currentCycle.unwrap();

export const cityAdminRoutes: ApiRouteDoc[] = [
  {
    method: "get",
    path: "/api/v1/city-settings",
    summary: "城市设置 (the city's settings and its current cycle's weights)",
    tags: ["city-settings"],
    query: citySettingsQuery,
    response: citySettingsRowSchema,
  },
  {
    method: "patch",
    path: "/api/v1/city-settings",
    summary: "修改城市设置 (rectification days 1–365, appeal days 0–30 with 0 = off, round and dispatch rules; omitted fields keep their values)",
    tags: ["city-settings"],
    body: updateCitySettingsInput.partial({ cityId: true }),
    response: citySettingsRowSchema,
  },
  {
    method: "patch",
    path: "/api/v1/cycles/{id}/weights",
    summary: "修改创建周期权重 (scorecard weights ≥ 0 and not all 0; year weights > 0)",
    tags: ["city-settings"],
    body: cycleWeightsFields.omit({ cycleId: true }),
    response: cycleWeightsSchema,
  },
  {
    method: "get",
    path: "/api/v1/ranking-lists",
    summary: "红黑榜列表 (a cycle's lists in their order)",
    tags: ["ranking-lists"],
    query: listRankingListsQuery.extend(pagingSchema.shape),
    response: listOf(rankingListRowSchema),
  },
  {
    method: "post",
    path: "/api/v1/ranking-lists",
    summary: "新增红黑榜 (BY_KIND needs memberKind, CHOSEN needs departmentIds of the city)",
    tags: ["ranking-lists"],
    body: createRankingListInput,
    response: rankingListRowSchema,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/v1/ranking-lists/{id}",
    summary: "修改红黑榜 (the default list keeps ALL and COMPOSITE; omitted fields keep their values)",
    tags: ["ranking-lists"],
    body: updateRankingListInput.omit({ id: true }),
    response: rankingListRowSchema,
  },
  {
    method: "delete",
    path: "/api/v1/ranking-lists/{id}",
    summary: "删除红黑榜 (the default list cannot be deleted: 409)",
    tags: ["ranking-lists"],
    query: z.object({ version: z.coerce.number().int().min(1).describe("调用方读取到的版本号") }),
    response: rankingListRowSchema,
  },
  {
    method: "put",
    path: "/api/v1/ranking-lists/order",
    summary: "红黑榜排序 (every list of the cycle in its new order, with the versions read)",
    tags: ["ranking-lists"],
    body: reorderRankingListsInput,
    response: listOf(rankingListRowSchema),
  },
];
