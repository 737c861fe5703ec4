import { EVIDENCE_KINDS, evidenceKindOf, type EvidenceKind } from "./detect-evidence-kind";

// A file's name ends in its detected kind's extension wherever the name goes (the stored record,
// the evidence list, downloads, the online-submission zip): `report.html` that is really a PDF is
// `report.pdf`, so nobody opens it as a web page or a program. A right extension is kept as the
// user wrote it (`.JPEG` stays). Outputs apply it again, so rows stored before the rule are safe.

// An extension is ASCII letters and digits after the last dot, with a letter among them: in
// `Q1.2026` or `2026.05.02 现场` there is none, so no part of the user's name is cut off.
const EXTENSION = /\.([a-z0-9]{1,10})$/i;
const UNNAMED = "未命名文件";
// For a stored type this module does not know: a name nothing opens by itself.
const UNKNOWN_EXTENSIONS: readonly string[] = ["bin"];

export type NameParts = { stem: string; extension: string };

function partsWith(name: string, extensions: readonly string[]): NameParts {
  // Windows drops trailing dots and spaces, so `a.exe.` would be `a.exe` there.
  const trimmed = name.replace(/[. ]+$/, "");
  const match = EXTENSION.exec(trimmed);
  const written = match && /[a-z]/i.test(match[1]) ? match[1] : null;
  const stem = written ? trimmed.slice(0, -written.length - 1) : trimmed;
  const extension = written && extensions.includes(written.toLowerCase()) ? written : extensions[0];
  return { stem: stem.trim() ? stem : UNNAMED, extension };
}

/** The name's stem and the extension it must end in for this kind. */
export function namePartsForKind(name: string, kind: EvidenceKind | null): NameParts {
  return partsWith(name, kind ? EVIDENCE_KINDS[kind].extensions : UNKNOWN_EXTENSIONS);
}

/** `report.html` of a PDF → `report.pdf`; `scan` → `scan.pdf`; `photo.JPEG` of a JPEG stays. */
export function nameForKind(name: string, kind: EvidenceKind | null): string {
  const { stem, extension } = namePartsForKind(name, kind);
  return `${stem}.${extension}`;
}

/** The same for a stored file, whose kind is recorded as its MIME type. */
export function nameForMimeType(name: string, mimeType: string): string {
  return nameForKind(name, evidenceKindOf(mimeType));
}
