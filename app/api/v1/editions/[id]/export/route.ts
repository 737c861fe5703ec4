import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { exportEdition } from "@/lib/server/indicators/export/export-edition";

export const dynamic = "force-dynamic";

/** `?format=xlsx|yaml` (xlsx by default); `?cityId=` exports that city's localized version. */
export const GET = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const searchParams = request.nextUrl.searchParams;
  const file = await exportEdition(actor, {
    editionId: params.id,
    format: (searchParams.get("format") ?? undefined) as "xlsx" | "yaml" | undefined,
    cityId: searchParams.get("cityId") ?? undefined,
  });
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
