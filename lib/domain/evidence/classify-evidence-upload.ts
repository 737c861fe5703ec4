import { detectEvidenceKind, isHeifPhoto, type DetectedEvidence } from "./detect-evidence-kind";
import { nameForKind } from "./name-for-kind";
import { emptyEvidenceMessage, heifEvidenceMessage, tooLargeEvidenceMessage, unsupportedEvidenceMessage } from "./evidence-messages";

export type EvidenceUpload = { name: string; bytes: Uint8Array };

export type EvidenceProblem = "EMPTY" | "TOO_LARGE" | "UNSUPPORTED";

export type ClassifiedUpload =
  | { ok: true; name: string; storedName: string; size: number; detected: DetectedEvidence }
  | { ok: false; name: string; problem: EvidenceProblem; message: string };

const MAX_NAME_LENGTH = 200;
// Controls (C0, DEL, C1) and the bidirectional overrides that make `photo\u202Egpj.exe` look like
// `photoexe.jpg`.
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name fit for a record and a download: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(HIDDEN_CHARACTERS, "").trim();
  if (clean.length <= MAX_NAME_LENGTH) return clean || "未命名文件";
  const extension = clean.match(/\.[^.]{1,10}$/)?.[0] ?? "";
  return clean.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/**
 * Empty, too large, or not an allowed kind by its bytes; otherwise its detected kind and the name
 * to store, which ends in that kind's extension (messages keep the name the user chose).
 */
export function classifyEvidenceUpload(upload: EvidenceUpload, maxBytes: number): ClassifiedUpload {
  const name = cleanFileName(upload.name);
  const size = upload.bytes.byteLength;
  if (size === 0) return { ok: false, name, problem: "EMPTY", message: emptyEvidenceMessage(name) };
  if (size > maxBytes) return { ok: false, name, problem: "TOO_LARGE", message: tooLargeEvidenceMessage(name, maxBytes) };
  const detected = detectEvidenceKind(upload.bytes);
  if (!detected) {
    const message = isHeifPhoto(upload.bytes) ? heifEvidenceMessage(name) : unsupportedEvidenceMessage(name);
    return { ok: false, name, problem: "UNSUPPORTED", message };
  }
  return { ok: true, name, storedName: cleanFileName(nameForKind(name, detected.kind)), size, detected };
}
