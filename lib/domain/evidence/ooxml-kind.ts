import { zipEntryNames } from "./zip-entry-names";

export type OoxmlKind = "docx" | "xlsx" | "pptx";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

// A macro project may sit under any part folder (word/vbaProject.bin, xl/vbaProject.bin …); a
// document that carries one is refused whatever it is called (.docm, .xlsm or renamed .docx).
const isMacroPart = (name: string) => /(^|\/)vbaproject\.bin$/i.test(name);
// A part, not just the folder's own directory entry.
const hasPartIn = (names: string[], folder: string) => names.some((name) => name.startsWith(folder) && name.length > folder.length && !name.endsWith("/"));

/**
 * The Office Open XML kind of a file, judged by its central directory without inflating anything:
 * a ZIP that lists `[Content_Types].xml` and a `word/`, `xl/` or `ppt/` part and no macro project.
 * Null for anything else, a truncated or garbled ZIP included.
 */
export function ooxmlKind(bytes: Uint8Array): OoxmlKind | null {
  if (!ZIP.every((byte, index) => bytes[index] === byte)) return null;
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml") || names.some(isMacroPart)) return null;
  if (hasPartIn(names, "word/")) return "docx";
  if (hasPartIn(names, "xl/")) return "xlsx";
  if (hasPartIn(names, "ppt/")) return "pptx";
  return null;
}
