import type { SavedCheckJson } from "./api-types";
import type { CorrectionBody, CorrectionResult } from "./check-correction";
import type { FetchLike } from "./send-check";

type ErrorBody = { error?: { code?: string; message?: string }; fieldErrors?: Record<string, string[]>; current?: SavedCheckJson };

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

const isCheck = (value: unknown): value is SavedCheckJson =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { id?: unknown }).id === "string" &&
  typeof (value as { version?: unknown }).version === "number";

/**
 * Sends one correction now and says what became of it; it never throws. Corrections are never
 * queued on the phone: one made offline against a stale version would only come back as a conflict.
 */
export async function sendCorrection(checkId: string, body: CorrectionBody, fetchImpl: FetchLike = fetch): Promise<CorrectionResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/v1/checks/${encodeURIComponent(checkId)}`, {
      method: "PATCH",
      body: JSON.stringify(body),
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
    });
  } catch {
    return { kind: "offline" };
  }
  const json = await readJson(response);
  if (response.ok) {
    // A captive portal's page can answer 200 too: only the corrected check itself counts.
    return isCheck(json) ? { kind: "saved", check: json } : { kind: "rejected", message: "服务器的回答无法识别，请检查网络后重试。" };
  }
  const error = (json ?? {}) as ErrorBody;
  const message = error.error?.message ?? `HTTP ${response.status}`;
  if (response.status === 401) return { kind: "signed-out", message };
  if (response.status === 409 && error.error?.code === "VERSION_CONFLICT")
    return { kind: "conflict", current: isCheck(error.current) ? error.current : null, message };
  return { kind: "rejected", message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
}
