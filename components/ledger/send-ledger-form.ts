// Sends a ledger form to /api/v1 with the session cookie (uploads of up to 20 MB do not fit a
// server action) and turns the answer into what the form shows: field errors beside their
// fields, a too-large or unsupported file beside 佐证材料, anything else above the button.

import { EVIDENCE_FIELD, isNoFileChosen } from "@/lib/domain/evidence/evidence-field";
import { precheckEvidenceFiles } from "@/lib/domain/evidence/precheck-evidence-files";

export type FieldErrors = Record<string, string[]>;

export type SendResult<T> =
  { ok: true; data: T } | { ok: false; status: number; code?: string; message?: string; fieldErrors: FieldErrors; body: Record<string, unknown> };

const FILE_STATUSES = new Set([413, 415]);

/**
 * Sends the form, unless the chosen files already break the server's limits (`maxFileBytes`, when
 * known): then nothing is uploaded and the problems come back as the 佐证材料 field's errors.
 */
export async function sendLedgerForm<T>(url: string, method: "POST" | "PATCH", form: FormData, maxFileBytes?: number | null): Promise<SendResult<T>> {
  if (maxFileBytes) {
    const chosen = form.getAll(EVIDENCE_FIELD).filter((value): value is File => typeof value !== "string" && !isNoFileChosen(value));
    const problems = precheckEvidenceFiles(chosen, maxFileBytes);
    if (problems.length)
      return { ok: false, status: 413, code: "PAYLOAD_TOO_LARGE", message: problems[0], fieldErrors: { [EVIDENCE_FIELD]: problems }, body: {} };
  }
  let response: Response;
  try {
    response = await fetch(url, { method, body: form, credentials: "same-origin" });
  } catch {
    return { ok: false, status: 0, fieldErrors: {}, body: {} };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, data: body as T };
  const error = (body.error ?? {}) as { code?: string; message?: string };
  const fieldErrors = { ...((body.fieldErrors as FieldErrors | undefined) ?? {}) };
  if (FILE_STATUSES.has(response.status) && error.message) fieldErrors[EVIDENCE_FIELD] = [error.message];
  return { ok: false, status: response.status, code: error.code, message: error.message, fieldErrors, body };
}

/** The errors of the figure rows, by row index: "figures.2.value" → row 2. */
export function figureErrorsOf(fieldErrors: FieldErrors): { whole: string[]; rows: Map<number, string[]> } {
  const rows = new Map<number, string[]>();
  const whole: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const match = key.match(/^figures\.(\d+)/);
    if (match) rows.set(Number(match[1]), [...(rows.get(Number(match[1])) ?? []), ...messages]);
    else if (key === "figures") whole.push(...messages);
  }
  return { whole, rows };
}
