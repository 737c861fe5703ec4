import { classifyEvidenceUpload, type EvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { unreadableImageMessage } from "@/lib/domain/evidence/evidence-messages";
import { env } from "@/lib/env";
import { AppError, invalidInput } from "@/lib/errors";
import { fileStore } from "@/lib/server/storage";
import type { StoredEvidence } from "@/lib/validation/ledger";
import { makeThumbnail } from "./make-thumbnail";

/** The messages of empty files: 422 on the `evidence` field, reported with the other field errors. */
export function emptyUploadMessages(uploads: readonly EvidenceUpload[]): string[] {
  return uploads
    .map((upload) => classifyEvidenceUpload(upload, Number.MAX_SAFE_INTEGER))
    .flatMap((result) => (!result.ok && result.problem === "EMPTY" ? [result.message] : []));
}

/**
 * Checks every upload by its bytes and writes the accepted ones (and image thumbnails) to the
 * file store. Runs BEFORE the database transaction: the store is content-addressed, so writing
 * twice is harmless and a file left behind by a failed transaction is an unused copy, never a
 * half-written record. Nothing is written unless every file is acceptable.
 */
export async function storeEvidenceUploads(uploads: readonly EvidenceUpload[]): Promise<StoredEvidence[]> {
  const maxBytes = env().UPLOAD_MAX_BYTES;
  const classified = uploads.map((upload) => classifyEvidenceUpload(upload, maxBytes));
  const empty = classified.flatMap((result) => (!result.ok && result.problem === "EMPTY" ? [result.message] : []));
  if (empty.length) throw invalidInput({ [EVIDENCE_FIELD]: empty });
  const tooLarge = classified.find((result) => !result.ok && result.problem === "TOO_LARGE");
  if (tooLarge && !tooLarge.ok) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge.message, 413);
  const unsupported = classified.find((result) => !result.ok);
  if (unsupported && !unsupported.ok) throw new AppError("UNSUPPORTED_MEDIA_TYPE", unsupported.message, 415);

  const accepted = classified.flatMap((result, index) => (result.ok ? [{ ...result, bytes: uploads[index].bytes }] : []));
  const thumbnails = await Promise.all(accepted.map((file) => (file.detected.isImage ? makeThumbnail(file.bytes) : null)));
  const unreadable = accepted.filter((file, index) => file.detected.isImage && thumbnails[index] === null);
  if (unreadable.length) throw invalidInput({ [EVIDENCE_FIELD]: unreadable.map((file) => unreadableImageMessage(file.name)) });

  const store = fileStore();
  const stored: StoredEvidence[] = [];
  for (const [index, file] of accepted.entries()) {
    const thumbnail = thumbnails[index];
    stored.push({
      contentHash: await store.put(file.bytes),
      thumbnailHash: thumbnail ? await store.put(thumbnail) : null,
      size: file.size,
      mimeType: file.detected.mimeType,
      originalName: file.name,
    });
  }
  return stored;
}
