import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { generateReminderLetter } from "@/lib/server/letters/generate-reminder-letter";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The department's 提醒函 (.docx) listing its overdue lead tasks; 409 when it has none. */
export const GET = withApi<Params>(async ({ actor, params }) => {
  const letter = await generateReminderLetter(actor, { departmentId: params.id });
  return new Response(new Uint8Array(letter.bytes), { status: 200, headers: fileHeaders(letter) });
});
