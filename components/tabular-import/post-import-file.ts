import type { Problem } from "@/components/indicators/import-problems";

type ErrorBody = { error?: { message?: string }; errors?: Problem[]; fieldErrors?: Record<string, string[]> };

export type PostedImport = { ok: true; body: unknown } | { ok: false; message: string | undefined; problems: Problem[] };

/**
 * Sends a file to an import route of the JSON API with the session cookie, so the browser and
 * automation share one path (`?dryRun=1` in `url` previews and writes nothing). A refusal comes
 * back as its message and every problem; field errors (e.g. no file) are listed as problems too.
 */
export async function postImportFile(url: string, file: File): Promise<PostedImport> {
  const data = new FormData();
  data.set("file", file);
  const response = await fetch(url, { method: "POST", body: data });
  const body = await response.json().catch(() => ({}));
  if (response.ok) return { ok: true, body };
  const { error, errors, fieldErrors } = body as ErrorBody;
  const listed = Object.values(fieldErrors ?? {})
    .flat()
    .map((message) => ({ sheet: "", row: null, column: null, message }));
  return { ok: false, message: error?.message, problems: errors ?? listed };
}
