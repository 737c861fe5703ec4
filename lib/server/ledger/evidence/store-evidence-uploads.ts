import { classifyEvidenceUpload, type EvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { unreadableImageMessage } from "@/lib/domain/evidence/evidence-messages";
import { env } from "@/lib/env";
import { AppError, invalidInput } from "@/lib/errors";
import { makeThumbnail } from "@/lib/server/evidence/make-thumbnail";
import { isImageKind, reencodeImage } from "@/lib/server/evidence/reencode-image";
import { fileStore } from "@/lib/server/storage";
import type { StoredEvidence } from "@/lib/validation/ledger";

/** The messages of empty files: 422 on the `evidence` field, reported with the other field errors. */
export function emptyUploadMessages(uploads: readonly EvidenceUpload[]): string[] {
  return uploads
    .map((upload) => classifyEvidenceUpload(upload, Number.MAX_SAFE_INTEGER))
    .flatMap((result) => (!result.ok && result.problem === "EMPTY" ? [result.message] : []));
}

type Prepared = { bytes: Uint8Array; thumbnail: Buffer | null };

/**
 * Checks every upload by its bytes and writes the accepted ones (and image thumbnails) to the
 * file store. Images are stored re-encoded (no EXIF, no GPS, nothing appended), so the recorded
 * hash and size are the re-encoded file's; names end in the detected kind's extension. Runs
 * BEFORE the database transaction: the store is content-addressed, so writing twice is harmless
 * and a file left behind by a failed transaction is an unused copy, never a half-written record.
 * Nothing is written unless every file is acceptable.
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
  // One image at a time: each decode holds a whole photo's pixels in memory.
  const prepared: (Prepared | null)[] = [];
  for (const file of accepted) {
    const kind = file.detected.kind;
    if (!isImageKind(kind)) {
      prepared.push({ bytes: file.bytes, thumbnail: null });
      continue;
    }
    const bytes = await reencodeImage(file.bytes, kind);
    const thumbnail = bytes && (await makeThumbnail(bytes));
    prepared.push(bytes && thumbnail ? { bytes, thumbnail } : null);
  }
  const unreadable = accepted.filter((_, index) => prepared[index] === null);
  if (unreadable.length) throw invalidInput({ [EVIDENCE_FIELD]: unreadable.map((file) => unreadableImageMessage(file.name)) });

  const store = fileStore();
  const stored: StoredEvidence[] = [];
  for (const [index, file] of accepted.entries()) {
    const { bytes, thumbnail } = prepared[index]!;
    stored.push({
      contentHash: await store.put(bytes),
      thumbnailHash: thumbnail ? await store.put(thumbnail) : null,
      size: bytes.byteLength,
      mimeType: file.detected.mimeType,
      originalName: file.storedName,
    });
  }
  return stored;
}
