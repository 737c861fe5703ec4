import { z } from "@/lib/validation/zod";
import { answerAppealInput, appealItemSchema, draftResultSchema, fileAppealInput, listAppealsQuery } from "@/lib/validation/appeals";
import type { ApiRouteDoc } from "./types";

// Appeals (申诉期): a department's appeal against its draft result of a closed round, and the office's answer.

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const appealRoutes: ApiRouteDoc[] = [
  {
    method: "post",
    path: "/api/v1/rounds/{roundId}/appeals",
    summary:
      "申诉 (the liaison, for its own department): the round must be CLOSED and not published, within the city's appeal window " +
      "(the Shanghai day it closed + appealDays). 409 APPEALS_OFF (appealDays 0), ROUND_NOT_CLOSED, ROUND_PUBLISHED, APPEAL_WINDOW_CLOSED; " +
      "422 on reason (5–1000 chars). The city's office is notified; publishing waits until every appeal is answered.",
    tags: ["appeals"],
    body: fileAppealInput.omit({ roundId: true }),
    response: appealItemSchema,
    status: 201,
  },
  {
    method: "get",
    path: "/api/v1/appeals",
    summary: "申诉列表 (the office: its city's; a liaison: its department's), newest first; status OPEN = not answered yet",
    tags: ["appeals"],
    query: listAppealsQuery,
    response: listOf(appealItemSchema),
  },
  {
    method: "post",
    path: "/api/v1/appeals/{id}/answer",
    summary:
      "答复申诉 (the office; name the version read, a stale one is 409 VERSION_CONFLICT; 409 ROUND_PUBLISHED once the round is published). The department's liaisons are notified.",
    tags: ["appeals"],
    body: answerAppealInput.omit({ id: true }),
    response: appealItemSchema,
  },
  {
    method: "get",
    path: "/api/v1/rounds/{roundId}/draft-result",
    summary:
      "The liaison's own department's draft figures of a closed, unpublished round (computed now by the engine; rank on the default list), " +
      "only during the appeal window or while its appeal waits for an answer; 404 otherwise.",
    tags: ["appeals"],
    query: z.object({}),
    response: draftResultSchema,
  },
];
