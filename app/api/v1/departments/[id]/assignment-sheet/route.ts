import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { generateAssignmentSheet } from "@/lib/server/letters/generate-assignment-sheet";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The department's 交办单 (.docx) listing its open findings; 409 when it has none. */
export const GET = withApi<Params>(async ({ actor, params }) => {
  const sheet = await generateAssignmentSheet(actor, { departmentId: params.id });
  return new Response(new Uint8Array(sheet.bytes), { status: 200, headers: fileHeaders(sheet) });
});
