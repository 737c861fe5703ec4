import { detectEvidenceKind, isHeifPhoto, type DetectedEvidence } from "./detect-evidence-kind";
import { emptyEvidenceMessage, heifEvidenceMessage, tooLargeEvidenceMessage, unsupportedEvidenceMessage } from "./evidence-messages";

export type EvidenceUpload = { name: string; bytes: Uint8Array };

export type EvidenceProblem = "EMPTY" | "TOO_LARGE" | "UNSUPPORTED";

export type ClassifiedUpload =
  { ok: true; name: string; size: number; detected: DetectedEvidence } | { ok: false; name: string; problem: EvidenceProblem; message: string };

const MAX_NAME_LENGTH = 200;

/** A name fit for a record and a download: no folders, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (clean.length <= MAX_NAME_LENGTH) return clean || "未命名文件";
  const extension = clean.match(/\.[^.]{1,10}$/)?.[0] ?? "";
  return clean.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
}

/** Empty, too large, or not an allowed kind by its bytes; otherwise its detected kind. */
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
  return { ok: true, name, size, detected };
}
