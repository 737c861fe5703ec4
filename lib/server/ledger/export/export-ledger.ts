import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { buildLedgerExportRows } from "@/lib/domain/ledger/ledger-export-rows";
import { ledgerExportQuery, type LedgerExportQuery } from "@/lib/domain/ledger/ledger-export-query";
import { writeLedgerWorkbook } from "@/lib/domain/ledger/write-ledger-workbook";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { invalidInput } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";
import { buildOnlineSubmissionZip } from "./build-online-submission-zip";
import { loadLedgerExportEntries } from "./load-ledger-export-entries";
import { resolveExportTarget } from "./resolve-export-target";

/** `body` is the workbook's bytes, or for the zip a stream (evidence is read as it is written). */
export type ExportedLedgerFile = { body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>; fileName: string; asciiFileName: string; contentType: string };

/**
 * A department's or a city's ledger (工作台账) as .xlsx, or with `format: "zip"` the online
 * submission (网上申报材料): evidence foldered by criterion code with the workbook inside. A read:
 * nothing is written, so nothing is audited.
 */
export async function exportLedger(actor: Actor, query: LedgerExportQuery = {}): Promise<ExportedLedgerFile> {
  const scope = assertCan(actor, "read:ledger");
  const parsed = ledgerExportQuery.safeParse(query);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { department, city, format } = parsed.data;
  const target = await resolveExportTarget(actor, scope, { department, city });
  const entries = await loadLedgerExportEntries(target);
  const workbook = await writeLedgerWorkbook(buildLedgerExportRows(entries));
  const today = todayInShanghai();
  if (format === "zip") {
    return {
      body: await buildOnlineSubmissionZip(entries, workbook),
      fileName: `网上申报材料-${target.label}-${today}.zip`,
      asciiFileName: `online-submission-${today}.zip`,
      contentType: "application/zip",
    };
  }
  return { body: workbook, fileName: `工作台账-${target.label}-${today}.xlsx`, asciiFileName: `ledger-${today}.xlsx`, contentType: XLSX_CONTENT_TYPE };
}
