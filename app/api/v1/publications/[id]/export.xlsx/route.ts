import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { exportPublication } from "@/lib/server/console/export-publication";

export const dynamic = "force-dynamic";

/** The publication's department table and each of its lists as a workbook (scores as published, 4 places). */
export const GET = withApi<{ id: string }>(async ({ actor, params }) => {
  const file = await exportPublication(actor, params.id);
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
