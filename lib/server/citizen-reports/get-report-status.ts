import type { ReportStatusDto } from "@/lib/domain/citizen-reports/report-status";
import { normalizeTrackingCode } from "@/lib/domain/citizen-reports/tracking-code";
import { evidenceExtension } from "@/lib/domain/evidence/detect-evidence-kind";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { fileStore } from "@/lib/server/storage";
import { findAfterPhoto } from "./report-after-photo";

const reportNotFound = () => notFound("该查询码对应的随手拍");

// What anyone holding the code may read: no description, place, contact, category or city.
const STATUS_FIELDS = {
  code: true,
  status: true,
  statusAt: true,
  rectifiedAt: true,
  rejectionReason: true,
  findingId: true,
  ratingSatisfied: true,
  ratingComment: true,
  ratedAt: true,
} as const;

async function findReport(code: string) {
  const normalized = normalizeTrackingCode(code);
  const report = normalized ? await db().citizenReport.findUnique({ where: { code: normalized }, select: STATUS_FIELDS }) : null;
  if (!report) throw reportNotFound();
  return report;
}

/** A report's status by its tracking code (404 for an unknown or malformed code). */
export async function getReportStatus(code: string): Promise<ReportStatusDto> {
  const report = await findReport(code);
  const afterPhoto = await findAfterPhoto(db(), report);
  return {
    code: report.code,
    status: report.status,
    statusAt: report.statusAt.toISOString(),
    ...(report.status === "RECTIFIED" && report.rectifiedAt ? { rectifiedAt: report.rectifiedAt.toISOString() } : {}),
    ...(report.status === "REJECTED" && report.rejectionReason ? { rejectionReason: report.rejectionReason } : {}),
    ...(afterPhoto ? { afterPhoto: afterPhotoPath(report.code) } : {}),
    ...(report.ratedAt && report.ratingSatisfied !== null
      ? { rating: { satisfied: report.ratingSatisfied, comment: report.ratingComment, ratedAt: report.ratedAt.toISOString() } }
      : {}),
  };
}

export function afterPhotoPath(code: string): string {
  return `/api/public/v1/reports/${code}/after-photo`;
}

/** The after-photo's bytes, only while the report is RECTIFIED (404 otherwise). */
export async function getReportAfterPhoto(code: string): Promise<{ bytes: Buffer; mimeType: string; name: string }> {
  const report = await findReport(code);
  const photo = await findAfterPhoto(db(), report);
  const bytes = photo ? await fileStore().get(photo.contentHash) : null;
  if (!photo || !bytes) throw notFound("整改后照片");
  return { bytes, mimeType: photo.mimeType, name: `${report.code}-after.${evidenceExtension(photo.mimeType)}` };
}
