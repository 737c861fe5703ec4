import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { exportLedger } from "@/lib/server/ledger/export/export-ledger";

export const dynamic = "force-dynamic";

/** `?department=` one department's ledger, else the city's (`city=` for province/system readers); `format=zip` for online submission. */
export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const file = await exportLedger(actor, {
    department: searchParams.get("department") ?? undefined,
    city: searchParams.get("city") ?? undefined,
    format: (searchParams.get("format") ?? undefined) as "xlsx" | "zip" | undefined,
  });
  return new Response(file.body, { headers: fileHeaders(file) });
});
