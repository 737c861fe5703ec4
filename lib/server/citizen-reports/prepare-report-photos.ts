import { notAReportPhotoMessage } from "@/lib/domain/citizen-reports/report-photos";
import { classifyEvidenceUpload } from "@/lib/domain/evidence/classify-evidence-upload";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prepareEvidence, type PreparedEvidence } from "@/lib/server/evidence/prepare-evidence";
import type { UploadedFile } from "@/lib/validation/uploads";

/**
 * A resident's photos, checked by their bytes like all evidence (empty 422, too large 413, not an
 * allowed kind 415, undecodable 422) and stored re-encoded, so no EXIF position survives. Only
 * images: a report is "a photo, a place, a description", not a document.
 */
export async function prepareReportPhotos(photos: readonly UploadedFile[]): Promise<PreparedEvidence[]> {
  if (photos.length === 0) return [];
  const maxBytes = env().UPLOAD_MAX_BYTES;
  const notAPhoto = photos.map((photo) => classifyEvidenceUpload(photo, maxBytes)).find((result) => result.ok && !result.detected.isImage);
  if (notAPhoto) throw new AppError("UNSUPPORTED_MEDIA_TYPE", notAReportPhotoMessage(notAPhoto.name), 415);
  return prepareEvidence(photos, { field: "photos" });
}
