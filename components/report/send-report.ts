import type { FieldErrors } from "@/lib/errors";

export type SendOutcome =
  { ok: true; code: string } | { ok: false; isStaleProof: true } | { ok: false; isStaleProof?: false; formError?: string; fieldErrors?: FieldErrors };

type ErrorBody = { error?: { code?: string; message?: string }; fieldErrors?: FieldErrors };

/**
 * Posts the report to the public API and says what the form should show: the code, a stale or
 * spent proof (the form renews it and sends again), or the server's Chinese messages beside
 * their fields. A photo's problem (too large 413, not a photo 415) belongs beside the photos.
 */
export async function sendReport(form: FormData, fallbackError: string): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/public/v1/reports", { method: "POST", body: form });
  } catch {
    return { ok: false, formError: fallbackError };
  }
  const body = (await response.json().catch(() => ({}))) as ErrorBody & { code?: string };
  if (response.status === 201 && body.code) return { ok: true, code: body.code };
  if (response.status === 403 && body.error?.code === "CHALLENGE_FAILED") return { ok: false, isStaleProof: true };
  const message = body.error?.message ?? fallbackError;
  if (response.status === 413 || response.status === 415) return { ok: false, fieldErrors: { photos: [message] } };
  if (body.fieldErrors) return { ok: false, formError: message, fieldErrors: body.fieldErrors };
  return { ok: false, formError: message };
}
