import { precheckEvidenceFiles, type ChosenFile } from "@/lib/domain/evidence/precheck-evidence-files";
import { tooManyFilesMessage } from "@/lib/domain/evidence/upload-limits";
import { MAX_REPORT_PHOTOS } from "./report-input";

/** What the photo picker offers; the server decides by the bytes whatever the browser says. */
export const REPORT_PHOTO_ACCEPT = "image/jpeg,image/png,image/gif,image/webp";

export function notAReportPhotoMessage(fileName: string): string {
  return `文件“${fileName}”不是照片，只能上传图片（JPEG、PNG、GIF、WebP）。`;
}

/**
 * The problems the browser can see before sending (too many, empty, too large): the evidence
 * rules with the report's own count. The server checks again, and the content, which only it can.
 */
export function precheckReportPhotos(files: readonly ChosenFile[], maxFileBytes: number): string[] {
  if (files.length > MAX_REPORT_PHOTOS) return [tooManyFilesMessage(MAX_REPORT_PHOTOS)];
  return precheckEvidenceFiles(files, maxFileBytes);
}
