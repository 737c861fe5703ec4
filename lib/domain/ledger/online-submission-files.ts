import { compareCodes, type LedgerExportEntry } from "./ledger-export-rows";

// Where each evidence file goes in the online-submission zip (网上申报材料): one folder per
// criterion the entry's task serves (a file serving two criteria is in both), unlinked entries
// under 未关联测评标准, and the workbook at the root.

export const UNLINKED_FOLDER = "未关联测评标准";
export const WORKBOOK_FILE_NAME = "工作台账.xlsx";

export type ZipFile = { path: string; contentHash: string };

// Characters no file system accepts, controls, and the dots that would make a name special.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;
const MAX_NAME = 80;

/** A single path segment safe on Windows, macOS and Linux (length counted in characters). */
export function safePathSegment(name: string): string {
  const cleaned = name
    .replace(UNSAFE, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "_")
    .replace(/[. ]+$/, "");
  const chars = [...cleaned];
  return (chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join("").trim() : cleaned) || "file";
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

/**
 * The zip's evidence files: `{folder}/{date}_{department}_{originalName}`, made unique within a
 * folder (case-insensitively, as Windows and macOS compare), folders in code order, files by date.
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
        const name = safePathSegment(`${entry.effectiveDate}_${entry.department}_${file.originalName}`);
        bucket.files.push({ name, date: entry.effectiveDate, contentHash: file.contentHash });
      }
    }
  }
  const folders = [...byFolder.entries()].sort(([, a], [, b]) => (a.sortKey === null ? 1 : b.sortKey === null ? -1 : compareCodes(a.sortKey, b.sortKey)));
  return folders.flatMap(([folder, { files }]) => {
    const taken = new Set<string>();
    return files
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((file) => ({ path: `${folder}/${uniqueName(file.name, taken)}`, contentHash: file.contentHash }));
  });
}
