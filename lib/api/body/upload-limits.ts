import { megabytes, tooLargeEvidenceMessage } from "@/lib/domain/evidence/evidence-messages";
import { maxRequestBytes, requestTooLargeMessage, tooManyFilesMessage } from "@/lib/domain/evidence/upload-limits";
import { env } from "@/lib/env";
import type { MultipartLimits } from "./read-multipart-body";

/** Which form field holds the files and how many it may hold (the use case's `uploadedFiles({ max })`). */
export type FileFieldOptions = { fileField: string; maxFiles: number };

/** Evidence files (ledger evidence, check and rectification photos): `UPLOAD_MAX_BYTES` per file, ten files' worth per request. */
export function evidenceLimits({ fileField, maxFiles }: FileFieldOptions): MultipartLimits {
  const maxFileBytes = env().UPLOAD_MAX_BYTES;
  return {
    fileField,
    maxFileBytes,
    maxFiles,
    maxRequestBytes: maxRequestBytes(maxFileBytes),
    messages: {
      fileTooLarge: (fileName) => tooLargeEvidenceMessage(printable(fileName) || "未命名文件", maxFileBytes),
      requestTooLarge: requestTooLargeMessage(maxFileBytes),
      tooManyFiles: tooManyFilesMessage(maxFiles),
    },
  };
}

const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
// Room for the boundaries and the part headers around the one file.
const IMPORT_FORM_OVERHEAD_BYTES = 64 * 1024;

/** Task-list and edition imports: one file in the field `file`, 20 MB at most. */
export const IMPORT_LIMITS: MultipartLimits = {
  fileField: "file",
  maxFileBytes: IMPORT_MAX_BYTES,
  maxFiles: 1,
  maxRequestBytes: IMPORT_MAX_BYTES + IMPORT_FORM_OVERHEAD_BYTES,
  messages: {
    fileTooLarge: (fileName) => `导入文件“${printable(fileName) || "未命名文件"}”超过 ${megabytes(IMPORT_MAX_BYTES)} MB 的大小上限。`,
    requestTooLarge: `导入文件超过 ${megabytes(IMPORT_MAX_BYTES)} MB 的大小上限。`,
    tooManyFiles: "一次只能导入一个文件。",
  },
};

function printable(fileName: string): string {
  return fileName.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
}
