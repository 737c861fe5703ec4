import { withApi } from "@/lib/api/with-api";
import { jsonOk } from "@/lib/api/responses";
import { invalidInput } from "@/lib/errors";
import { getEditionMapping } from "@/lib/server/edition-mappings/get-edition-mapping";
import { replaceEditionMapping } from "@/lib/server/edition-mappings/replace-edition-mapping";
import { zodFieldErrors } from "@/lib/server/use-case";
import { editionMappingQuery } from "@/lib/validation/edition-mappings";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const query = editionMappingQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) throw invalidInput(zodFieldErrors(query.error));
  return jsonOk(await getEditionMapping(actor, query.data.from, query.data.to));
});

export const PUT = withApi(async ({ actor, body }) => jsonOk(await replaceEditionMapping(actor, await body.json(replaceEditionMapping))));
