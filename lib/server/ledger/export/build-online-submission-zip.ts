import { Readable } from "node:stream";
import JSZip from "jszip";
import { onlineSubmissionFiles, WORKBOOK_FILE_NAME } from "@/lib/domain/ledger/online-submission-files";
import type { LedgerExportEntry } from "@/lib/domain/ledger/ledger-export-rows";
import { fileStore } from "@/lib/server/storage";

const MISSING_LIST = "缺失文件清单.txt";

/** A stream that reads its bytes from the store only when the zip writer gets to it. */
function lazyFile(contentHash: string): Readable {
  let isStarted = false;
  return new Readable({
    read() {
      if (isStarted) return;
      isStarted = true;
      fileStore()
        .get(contentHash)
        .then(
          (bytes) => {
            this.push(bytes ?? Buffer.alloc(0));
            this.push(null);
          },
          (error: Error) => this.destroy(error),
        );
    },
  });
}

/**
 * The online-submission zip, streamed: evidence foldered by criterion, the workbook at the root.
 * Files are read from the store one at a time as the zip is written, so a city's evidence never
 * sits in memory at once. A file whose bytes are gone from the store is listed in
 * 缺失文件清单.txt instead of failing the export.
 */
export async function buildOnlineSubmissionZip(entries: readonly LedgerExportEntry[], workbook: Uint8Array): Promise<ReadableStream<Uint8Array>> {
  const zip = new JSZip();
  zip.file(WORKBOOK_FILE_NAME, workbook);
  const present = new Map<string, boolean>();
  const missing: string[] = [];
  for (const file of onlineSubmissionFiles(entries)) {
    if (!present.has(file.contentHash)) present.set(file.contentHash, await fileStore().has(file.contentHash));
    if (present.get(file.contentHash)) zip.file(file.path, lazyFile(file.contentHash));
    else missing.push(file.path);
  }
  if (missing.length > 0) zip.file(MISSING_LIST, `以下佐证材料在存储中未找到：\r\n${missing.join("\r\n")}\r\n`);
  // Photos and PDFs are compressed already: storing them keeps the export fast.
  const stream = zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "STORE" });
  return Readable.toWeb(stream as Readable) as ReadableStream<Uint8Array>;
}
