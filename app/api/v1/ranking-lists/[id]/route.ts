import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deleteRankingList } from "@/lib/server/ranking-lists/delete-ranking-list";
import { updateRankingList } from "@/lib/server/ranking-lists/update-ranking-list";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The body names the `version` it read; omitted fields keep their values. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await updateRankingList(actor, { ...(await body.json(updateRankingList)), id: params.id })),
);

/** `?version=` names the version the caller read; the default list cannot be deleted (409). */
export const DELETE = withApi<Params>(async ({ actor, request, params }) => {
  const version = request.nextUrl.searchParams.get("version") ?? undefined;
  return jsonOk(await deleteRankingList(actor, { id: params.id, version }));
});
