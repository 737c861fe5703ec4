import type { VisitStatus } from "@/lib/validation/checks";
import type { Rubric, SavedCheckJson } from "./api-types";
import { outcomeFromInput, type OutcomeInput } from "./outcome-input";
import type { CheckOutcome } from "./queued-check";

/** The body of PATCH /api/v1/checks/{id} (and of the office's action): every field, with the version it read. */
export type CorrectionBody = { version: number; visitStatus: VisitStatus; outcome: CheckOutcome | null; note: string | null };

export type CorrectionForm = { visitStatus: VisitStatus; outcome: OutcomeInput; note: string };

export type CorrectionErrorKeys = Partial<Record<"outcome" | "note", string>>;

/**
 * What the correction form holds, as the body the server takes, or the message keys of what is
 * missing: the same rules as a first check (an outcome when inspected, a reason when not).
 */
export function correctionBody(
  rubric: Rubric,
  version: number,
  form: CorrectionForm,
): { ok: true; body: CorrectionBody } | { ok: false; errorKeys: CorrectionErrorKeys } {
  const note = form.note.trim();
  if (form.visitStatus !== "INSPECTED") {
    return note
      ? { ok: true, body: { version, visitStatus: form.visitStatus, outcome: null, note } }
      : { ok: false, errorKeys: { note: "inspect.errors.reasonRequired" } };
  }
  const outcome = outcomeFromInput(rubric, form.outcome);
  if (!outcome.ok) return { ok: false, errorKeys: { outcome: outcome.errorKey } };
  return { ok: true, body: { version, visitStatus: "INSPECTED", outcome: outcome.outcome, note: note || null } };
}

/** What became of one correction, whoever sent it (the phone's fetch or the office's server action). */
export type CorrectionResult =
  | { kind: "saved"; check: SavedCheckJson }
  // Someone corrected it first: the check as it now stands (null when the answer did not carry it).
  | { kind: "conflict"; current: SavedCheckJson | null; message: string }
  // Refused for what it says or where it stands (422 with field errors, 409 round closed, 403, 404).
  | { kind: "rejected"; message: string; fieldErrors?: Record<string, string[]> }
  | { kind: "offline" }
  | { kind: "signed-out"; message: string };
