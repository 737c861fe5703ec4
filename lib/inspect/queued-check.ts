import type { RubricKindCode } from "@/lib/domain/indicators/labels";
import type { VisitStatus } from "@/lib/validation/checks";

// What the phone keeps of one check until the server has it. Photos are kept as bytes, not
// Blobs: some browsers (older Safari) lose Blobs stored in IndexedDB.

/** The auditor's calculator shape of an outcome (shared/conventions.md). */
export type CheckOutcome = { pass: boolean } | { findings: number } | { grade: string } | { value: string };

export type StoredPhoto = { name: string; type: string; bytes: ArrayBuffer };

/** What the inspector entered for one criterion at one site. */
export type CheckDraft = {
  roundId: string;
  siteId: string | null;
  criterionId: string;
  rubricKind: RubricKindCode;
  visitStatus: VisitStatus;
  outcome?: CheckOutcome;
  note: string;
  latitude?: string;
  longitude?: string;
  capturedAt?: string;
  photos: StoredPhoto[];
};

export type QueueError = { status: number; message: string; fieldErrors?: Record<string, string[]> };

/** PENDING goes out at the next chance; REJECTED was refused by the server and waits for the inspector to fix it. */
export type QueuedCheckState = "PENDING" | "REJECTED";

export type QueuedCheck = CheckDraft & {
  /** Made once, when the check is first entered; every retry sends the same key. */
  clientKey: string;
  /** The signed-in user who entered it: a check is never sent under someone else's session. */
  userId: string;
  state: QueuedCheckState;
  error?: QueueError;
  attempts: number;
  queuedAt: string;
  /** Keeps the order of entry when two checks are entered within the same millisecond. */
  sequence: number;
  lastTriedAt?: string;
};
