import { classifyEvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { emptyEvidenceMessage, notAPhotoMessage, unreadableImageMessage } from "@/lib/domain/evidence/evidence-messages";
import { env } from "@/lib/env";
import { AppError, invalidInput } from "@/lib/errors";
import { fileStore } from "@/lib/server/storage";
import type { UploadedFile } from "@/lib/validation/uploads";
import { makeThumbnail } from "./make-thumbnail";
import { isImageKind, reencodeImage } from "./reencode-image";
import { burnWatermark } from "./watermark";

/** A file checked and in the file store, ready for `attachEvidence` to record. */
export type PreparedEvidence = {
  contentHash: string;
  thumbnailHash: string | null;
  size: number;
  mimeType: string;
  originalName: string;
};

export type PrepareEvidenceOptions = {
  /** ASCII lines burnt into the bottom of every image (capture time, GPS, site code, account); given, only images are taken (415). */
  watermark?: readonly string[];
  /** The input field the files came in, for the 422 messages ("photos" unless the ledger's "evidence"). */
  field?: string;
};

type Encoded = { bytes: Uint8Array; thumbnail: Buffer | null };

/**
 * Checks every file by its bytes (empty 422, too large 413, not an allowed kind 415, an image
 * that does not decode 422) and writes the accepted ones, with image thumbnails, to the file
 * store. Images are stored re-encoded (no EXIF, no GPS, nothing appended) with the watermark
 * when given, so the recorded hash and size are the stored file's; names end in the detected
 * kind's extension. Nothing is written unless every file is acceptable. Runs in a use case's
 * `prepare`, outside the transaction: the store is content-addressed, so writing twice is
 * harmless and a copy left by a failed transaction is unused, never a half-written record.
 */
export async function prepareEvidence(files: readonly UploadedFile[], options: PrepareEvidenceOptions = {}): Promise<PreparedEvidence[]> {
  const field = options.field ?? "photos";
  const maxBytes = env().UPLOAD_MAX_BYTES;
  const classified = files.map((file) => classifyEvidenceUpload(file, maxBytes));
  const empty = classified.flatMap((result) => (!result.ok && result.problem === "EMPTY" ? [emptyEvidenceMessage(result.name)] : []));
  if (empty.length) throw invalidInput({ [field]: empty });
  const tooLarge = classified.find((result) => !result.ok && result.problem === "TOO_LARGE");
  if (tooLarge && !tooLarge.ok) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge.message, 413);
  const unsupported = classified.find((result) => !result.ok);
  if (unsupported && !unsupported.ok) throw new AppError("UNSUPPORTED_MEDIA_TYPE", unsupported.message, 415);

  const accepted = classified.flatMap((result, index) => (result.ok ? [{ ...result, bytes: files[index].bytes }] : []));
  // A watermark is what makes a check photo evidence of the visit: a file that cannot carry it is refused.
  const notAPhoto = options.watermark?.length ? accepted.find((file) => !file.detected.isImage) : undefined;
  if (notAPhoto) throw new AppError("UNSUPPORTED_MEDIA_TYPE", notAPhotoMessage(notAPhoto.name), 415);
  // One image at a time: each decode holds a whole photo's pixels in memory.
  const encoded: (Encoded | null)[] = [];
  for (const file of accepted) encoded.push(await encode(file.bytes, file.detected.kind, options.watermark));
  const unreadable = accepted.filter((_, index) => encoded[index] === null);
  if (unreadable.length) throw invalidInput({ [field]: unreadable.map((file) => unreadableImageMessage(file.name)) });

  const store = fileStore();
  const prepared: PreparedEvidence[] = [];
  for (const [index, file] of accepted.entries()) {
    const { bytes, thumbnail } = encoded[index]!;
    prepared.push({
      contentHash: await store.put(bytes),
      thumbnailHash: thumbnail ? await store.put(thumbnail) : null,
      size: bytes.byteLength,
      mimeType: file.detected.mimeType,
      originalName: file.storedName,
    });
  }
  return prepared;
}

async function encode(original: Uint8Array, kind: Parameters<typeof isImageKind>[0], watermark: readonly string[] | undefined): Promise<Encoded | null> {
  if (!isImageKind(kind)) return { bytes: original, thumbnail: null };
  const reencoded = await reencodeImage(original, kind);
  const bytes = reencoded && watermark?.length ? await burnWatermark(reencoded, kind, watermark) : reencoded;
  const thumbnail = bytes && (await makeThumbnail(bytes));
  return bytes && thumbnail ? { bytes, thumbnail } : null;
}
