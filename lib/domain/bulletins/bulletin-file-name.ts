import { issueLabel } from "./bulletin-text";

type Named = { ownerName: string; issueYear: number; issueNumber: number; variant: "OFFICIAL" | "PUBLIC"; superseded?: boolean };

/** 嘉峪关市创文督查通报2026年第12期.docx; the public variant and a superseded issue say so. */
export function bulletinFileName(bulletin: Named, extension: "docx" | "html"): string {
  const marks = `${bulletin.variant === "PUBLIC" ? "（公开版）" : ""}${bulletin.superseded ? "（已更正）" : ""}`;
  return `${bulletin.ownerName}创文督查通报${issueLabel(bulletin)}${marks}.${extension}`;
}

/** The ASCII name for clients that ignore filename*: bulletin-2026-12.docx */
export function bulletinAsciiFileName(bulletin: Named, extension: "docx" | "html"): string {
  return `bulletin-${bulletin.issueYear}-${bulletin.issueNumber}${bulletin.variant === "PUBLIC" ? "-public" : ""}.${extension}`;
}
