import JSZip from "jszip";
import { onlineSubmissionFiles, WORKBOOK_FILE_NAME } from "@/lib/domain/ledger/online-submission-files";
import type { LedgerExportEntry } from "@/lib/domain/ledger/ledger-export-rows";
import { fileStore } from "@/lib/server/storage";

const MISSING_LIST = "缺失文件清单.txt";

/**
 * The online-submission zip: evidence foldered by criterion, the workbook at the root. A file
 * whose bytes are gone from the store is listed in 缺失文件清单.txt instead of failing the export.
 */
export async function buildOnlineSubmissionZip(entries: readonly LedgerExportEntry[], workbook: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file(WORKBOOK_FILE_NAME, workbook);
  const cache = new Map<string, Buffer | null>();
  const missing: string[] = [];
  for (const file of onlineSubmissionFiles(entries)) {
    if (!cache.has(file.contentHash)) cache.set(file.contentHash, await fileStore().get(file.contentHash));
    const bytes = cache.get(file.contentHash);
    if (bytes) zip.file(file.path, bytes);
    else missing.push(file.path);
  }
  if (missing.length > 0) zip.file(MISSING_LIST, `以下佐证材料在存储中未找到：\r\n${missing.join("\r\n")}\r\n`);
  // Photos and PDFs are compressed already; storing them keeps the export fast.
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
}
