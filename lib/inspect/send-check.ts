import { checkFormData } from "./check-form-data";
import type { QueuedCheck, QueueError } from "./queued-check";

/** The check as the server saved it (only the fields the phone reads). */
export type SavedCheck = { id: string; clientKey: string; criterionId: string; siteId: string | null; visitStatus: string; version: number };

export type SendResult =
  | { kind: "saved"; check: SavedCheck }
  // Another key already holds this (round, criterion, site): the server's check stands.
  | { kind: "exists"; check: SavedCheck | null; error: QueueError }
  // Refused for what it says (422, 403, 404 …): kept for the inspector to correct.
  | { kind: "rejected"; error: QueueError }
  // No network, a server failure or an ended session: kept as it is and sent again later.
  | { kind: "retry"; reason: "offline" | "server" | "signed-out"; error?: QueueError };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

type ErrorBody = { error?: { code?: string; message?: string }; fieldErrors?: Record<string, string[]>; check?: SavedCheck };

async function readJson(response: Response): Promise<ErrorBody | null> {
  try {
    return (await response.json()) as ErrorBody;
  } catch {
    return null;
  }
}

/** Sends one queued check once and says what became of it; it never throws. */
export async function sendCheck(check: QueuedCheck, fetchImpl: FetchLike = fetch): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/v1/rounds/${encodeURIComponent(check.roundId)}/checks`, {
      method: "POST",
      body: checkFormData(check),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
  } catch {
    return { kind: "retry", reason: "offline" };
  }
  const body = await readJson(response);
  const error: QueueError = { status: response.status, message: body?.error?.message ?? `HTTP ${response.status}` };
  if (body?.fieldErrors) error.fieldErrors = body.fieldErrors;

  if (response.status === 200 || response.status === 201) {
    // A captive portal or a sign-in page can answer 200 too: only the saved check itself counts.
    const saved = body as unknown as SavedCheck | null;
    return typeof saved?.id === "string" ? { kind: "saved", check: saved } : { kind: "retry", reason: "server", error };
  }
  if (response.status === 409 && body?.error?.code === "CHECK_EXISTS") return { kind: "exists", check: body.check ?? null, error };
  if (response.status === 401) return { kind: "retry", reason: "signed-out", error };
  // Throttled, timed out at a proxy, or failed on the server: nothing was refused for what the check says.
  if (response.status === 408 || response.status === 429 || response.status >= 500) return { kind: "retry", reason: "server", error };
  return { kind: "rejected", error };
}
