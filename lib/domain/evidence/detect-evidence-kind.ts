import { ooxmlKind } from "./ooxml-kind";
import { oleStreamNames } from "./ole-stream-names";

// Evidence files are recognised by their content (magic bytes at offset 0 and, for Office, the
// structure), never by their name or declared type: an .exe renamed .jpg is still an .exe. Each
// kind lists its extensions, the usual one first: a stored or exported name ends in one of them.

export const EVIDENCE_KINDS = {
  jpeg: { mimeType: "image/jpeg", isImage: true, extensions: ["jpg", "jpeg"] },
  png: { mimeType: "image/png", isImage: true, extensions: ["png"] },
  gif: { mimeType: "image/gif", isImage: true, extensions: ["gif"] },
  webp: { mimeType: "image/webp", isImage: true, extensions: ["webp"] },
  pdf: { mimeType: "application/pdf", isImage: false, extensions: ["pdf"] },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", isImage: false, extensions: ["docx"] },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isImage: false, extensions: ["xlsx"] },
  pptx: { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", isImage: false, extensions: ["pptx"] },
  doc: { mimeType: "application/msword", isImage: false, extensions: ["doc"] },
  xls: { mimeType: "application/vnd.ms-excel", isImage: false, extensions: ["xls"] },
  ppt: { mimeType: "application/vnd.ms-powerpoint", isImage: false, extensions: ["ppt"] },
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;
export type DetectedEvidence = { kind: EvidenceKind; mimeType: string; isImage: boolean };

/** The kind stored with this MIME type, or null for one this module does not know. */
export function evidenceKindOf(mimeType: string): EvidenceKind | null {
  return (Object.keys(EVIDENCE_KINDS) as EvidenceKind[]).find((key) => EVIDENCE_KINDS[key].mimeType === mimeType) ?? null;
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((byte, index) => bytes[at + index] === byte);

// Other compound files (installers .msi, Outlook .msg …) are not Office documents.
function oleKind(bytes: Uint8Array): EvidenceKind | null {
  const streams = new Set(oleStreamNames(bytes));
  if (streams.has("WordDocument")) return "doc";
  if (streams.has("Workbook") || streams.has("Book")) return "xls";
  if (streams.has("PowerPoint Document")) return "ppt";
  return null;
}

function kindOf(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  // PDF readers accept the header anywhere in the first kilobyte, which lets HTML or an
  // executable pass for a PDF: only a file that starts with it is one.
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, ZIP)) return ooxmlKind(bytes);
  if (startsWith(bytes, OLE2)) return oleKind(bytes);
  return null;
}

/** The allowed kind of an evidence file judged by its bytes, or null when it is not one. */
export function detectEvidenceKind(bytes: Uint8Array): DetectedEvidence | null {
  const kind = kindOf(bytes);
  return kind ? { kind, mimeType: EVIDENCE_KINDS[kind].mimeType, isImage: EVIDENCE_KINDS[kind].isImage } : null;
}

// Brands of HEIF/HEIC photos (many phones' default camera format). They are refused (no decoder
// for HEVC ships with sharp), but recognised so the refusal can say what to do instead.
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** Whether the bytes are an ISO-BMFF file of a HEIF/HEIC brand ("....ftypheic"). */
export function isHeifPhoto(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii("ftyp"), 4)) return false;
  return HEIF_BRANDS.has(String.fromCharCode(...bytes.slice(8, 12)));
}

/** The `accept` attribute of evidence file inputs: a hint for the picker; the server decides by content. */
export const EVIDENCE_ACCEPT =
  "image/*,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx," +
  Object.values(EVIDENCE_KINDS)
    .filter((kind) => !kind.isImage)
    .map((kind) => kind.mimeType)
    .join(",");

/** The usual file extension of a stored evidence type ("bin" for one this module does not know). */
export function evidenceExtension(mimeType: string): string {
  const kind = evidenceKindOf(mimeType);
  return kind ? EVIDENCE_KINDS[kind].extensions[0] : "bin";
}
