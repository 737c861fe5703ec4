import { cleanFileName } from "@/lib/domain/evidence/classify-evidence-upload";
import { emptyEvidenceMessage } from "@/lib/domain/evidence/evidence-messages";
import { tooManyFilesMessage } from "@/lib/domain/evidence/upload-limits";
import { z } from "@/lib/validation/zod";

/** A file as the multipart reader hands it over: the name the client sent and the raw bytes. */
export type UploadedFile = { name: string; bytes: Uint8Array };

export function isUploadedFile(value: unknown): value is UploadedFile {
  if (value === null || typeof value !== "object") return false;
  const { name, bytes } = value as Record<string, unknown>;
  // Buffer is a Uint8Array too; the tag check also holds across realms.
  return typeof name === "string" && Object.prototype.toString.call(bytes) === "[object Uint8Array]";
}

export function isUploadedFileList(value: unknown): value is UploadedFile[] {
  return Array.isArray(value) && value.every(isUploadedFile);
}

const uploadedFile = z.custom<UploadedFile>(isUploadedFile, "请上传文件");

/**
 * The input field of a use case that takes files (`photos`; the ledger keeps `evidence`): at most
 * `max` files, none empty. Errors are reported on the field itself, all at once with the other
 * fields'. What the bytes are is checked later, by `prepareEvidence` (415, 413, unreadable 422).
 */
export function uploadedFiles({ max }: { max: number }) {
  return z
    .array(uploadedFile)
    .max(max, tooManyFilesMessage(max))
    .default([])
    .superRefine((files, ctx) => {
      for (const file of files) {
        if (file.bytes.byteLength === 0) ctx.addIssue({ code: "custom", message: emptyEvidenceMessage(cleanFileName(file.name)) });
      }
    });
}
