import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { getChecklist } from "@/lib/server/rounds/get-checklist";
import { zodFieldErrors } from "@/lib/server/use-case";
import { checklistQuery } from "@/lib/validation/checks";

export const dynamic = "force-dynamic";

/** `?site=`: the criteria applicable there with their checks; without it the round's desk criteria. */
export const GET = withApi<{ roundId: string }>(async ({ actor, params, request }) => {
  const query = checklistQuery.safeParse({ site: request.nextUrl.searchParams.get("site") ?? undefined });
  if (!query.success) throw invalidInput(zodFieldErrors(query.error));
  const items = await getChecklist(actor, params.roundId, query.data.site ?? null);
  return jsonList(items, items.length, { page: 1, pageSize: Math.max(items.length, 50) });
});
