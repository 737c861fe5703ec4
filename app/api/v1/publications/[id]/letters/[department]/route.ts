import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { getBlackListLetter } from "@/lib/server/publications/get-black-list-letter";

export const dynamic = "force-dynamic";

type Params = { id: string; department: string };

/** The department's name as the path gave it (a client may leave it percent-encoded). */
function departmentName(raw: string): string {
  try {
    return /%[0-9A-Fa-f]{2}/.test(raw) ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

/** The 提醒函 (.docx) the publication issued to a department entering a black list; 404 when it issued none. */
export const GET = withApi<Params>(async ({ actor, params }) => {
  const letter = await getBlackListLetter(actor, params.id, departmentName(params.department));
  return new Response(new Uint8Array(letter.bytes), { status: 200, headers: fileHeaders(letter) });
});
