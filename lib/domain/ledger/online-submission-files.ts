import { evidenceKindOf } from "@/lib/domain/evidence/detect-evidence-kind";
import { namePartsForKind } from "@/lib/domain/evidence/name-for-kind";
import { compareCodes, type LedgerExportEntry } from "./ledger-export-rows";

// Where each evidence file goes in the online-submission zip (网上申报材料): one folder per
// criterion the entry's task serves (a file serving two criteria is in both), unlinked entries
// under 未关联测评标准, and the workbook at the root. A file (by content) is in a folder once,
// however many entries of that criterion refer to it; its name ends in its stored kind's
// extension, whatever name it was uploaded under.

export const UNLINKED_FOLDER = "未关联测评标准";
export const WORKBOOK_FILE_NAME = "工作台账.xlsx";

export type ZipFile = { path: string; contentHash: string };

// Characters no file system accepts, controls (C0, DEL, C1), the bidirectional overrides that
// disguise an extension, and the dots that would make a name special.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME = 80;

/** A single path segment safe on Windows, macOS and Linux (length counted in characters). */
export function safePathSegment(name: string, maxLength = MAX_NAME): string {
  const cleaned = name
    .replace(UNSAFE, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "_")
    .replace(/[. ]+$/, "");
  const chars = [...cleaned];
  return (
    (chars.length > maxLength
      ? chars
          .slice(0, maxLength)
          .join("")
          .replace(/[. ]+$/, "")
      : cleaned) || "file"
  );
}

export function criterionFolder(criterion: { code: string; name: string }): string {
  return safePathSegment(`${criterion.code} ${criterion.name}`);
}

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  return dot > 0 && name.length - dot <= 10 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
}

/** `name`, or `name (2)`, `name (3)` … before the extension, the first not yet taken. */
function uniqueName(name: string, taken: Set<string>): string {
  const [stem, extension] = splitExtension(name);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** `{date}_{department}_{stem}.{extension}`, shortened in the stem so the extension always stays. */
function zipFileName(entry: LedgerExportEntry, file: LedgerExportEntry["evidence"][number]): string {
  const { stem, extension } = namePartsForKind(file.originalName, evidenceKindOf(file.mimeType));
  return `${safePathSegment(`${entry.effectiveDate}_${entry.department}_${stem}`, MAX_NAME - extension.length - 1)}.${extension}`;
}

/**
 * The zip's evidence files: `{folder}/{date}_{department}_{originalName}`, each distinct file once
 * per folder (its earliest reference names it), names made unique within a folder
 * (case-insensitively, as Windows and macOS compare), folders in code order, files by date.
 */
export function onlineSubmissionFiles(entries: readonly LedgerExportEntry[]): ZipFile[] {
  const byFolder = new Map<string, { sortKey: string | null; files: { name: string; date: string; contentHash: string }[] }>();
  for (const entry of entries) {
    const folders =
      entry.task.criteria.length > 0
        ? entry.task.criteria.map((criterion) => ({ folder: criterionFolder(criterion), sortKey: criterion.code }))
        : [{ folder: UNLINKED_FOLDER, sortKey: null }];
    for (const { folder, sortKey } of folders) {
      const bucket = byFolder.get(folder) ?? { sortKey, files: [] };
      byFolder.set(folder, bucket);
      for (const file of entry.evidence) {
        bucket.files.push({ name: zipFileName(entry, file), date: entry.effectiveDate, contentHash: file.contentHash });
      }
    }
  }
  const folders = [...byFolder.entries()].sort(([, a], [, b]) => (a.sortKey === null ? 1 : b.sortKey === null ? -1 : compareCodes(a.sortKey, b.sortKey)));
  return folders.flatMap(([folder, { files }]) => {
    const taken = new Set<string>();
    const written = new Set<string>();
    const isFirst = (file: { contentHash: string }) => !written.has(file.contentHash) && Boolean(written.add(file.contentHash));
    return files
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .filter(isFirst)
      .map((file) => ({ path: `${folder}/${uniqueName(file.name, taken)}`, contentHash: file.contentHash }));
  });
}
