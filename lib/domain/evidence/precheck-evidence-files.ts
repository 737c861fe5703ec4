import { emptyEvidenceMessage, tooLargeEvidenceMessage } from "./evidence-messages";
import { MAX_FILES_PER_REQUEST, maxRequestBytes, requestTooLargeMessage, tooManyFilesMessage } from "./upload-limits";

export type ChosenFile = { name: string; size: number };

/**
 * The problems the browser can see in the chosen files before sending them: empty files, files
 * over the size limit, too many files, or too much in one request. Checking first spares a
 * liaison on a phone from uploading 200 MB only to hear it was too large. The server checks
 * the same limits again (and the content, which only it can) whatever the browser says.
 */
export function precheckEvidenceFiles(files: readonly ChosenFile[], maxFileBytes: number): string[] {
  if (files.length > MAX_FILES_PER_REQUEST) return [tooManyFilesMessage()];
  const problems = files.flatMap((file) => {
    if (file.size === 0) return [emptyEvidenceMessage(file.name)];
    if (file.size > maxFileBytes) return [tooLargeEvidenceMessage(file.name, maxFileBytes)];
    return [];
  });
  if (problems.length) return problems;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  return total > maxRequestBytes(maxFileBytes) ? [requestTooLargeMessage(maxFileBytes)] : [];
}
