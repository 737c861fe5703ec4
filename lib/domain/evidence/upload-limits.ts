import { megabytes } from "./evidence-messages";

/** Files one ledger form may carry. */
export const MAX_FILES_PER_REQUEST = 30;

// A whole request may carry several files, but not unbounded: the server reads a form into
// memory before it can look at each file, so a request far beyond any real batch of photos is
// refused from its declared length before it is read.
const FILES_PER_REQUEST_BUDGET = 10;
const FORM_OVERHEAD_BYTES = 1024 * 1024;

export function maxRequestBytes(maxFileBytes: number): number {
  return maxFileBytes * FILES_PER_REQUEST_BUDGET + FORM_OVERHEAD_BYTES;
}

export function requestTooLargeMessage(maxFileBytes: number): string {
  return `本次上传的文件总大小超过 ${megabytes(maxFileBytes * FILES_PER_REQUEST_BUDGET)} MB，请分几次上传。`;
}

/** More files than one form (or a use case's file field) takes: a ledger form's 30 unless told. */
export function tooManyFilesMessage(max: number = MAX_FILES_PER_REQUEST): string {
  return `一次最多上传 ${max} 个文件，请分几次上传。`;
}
