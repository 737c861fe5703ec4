// Characters no file system accepts, and controls.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

export function safeFileName(name: string): string {
  return name.replace(UNSAFE, "_").trim() || "file";
}

/**
 * `attachment` with an ASCII fallback and the UTF-8 name as RFC 5987 `filename*`, which every
 * current browser prefers, so Chinese names arrive intact.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const name = safeFileName(fileName);
  const fallback = safeFileName(asciiFallback).replace(/[^\x20-\x7e]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The response headers of a downloaded file. */
export function fileHeaders(file: { fileName: string; asciiFileName: string; contentType: string }): Record<string, string> {
  return {
    "content-type": file.contentType,
    "content-disposition": contentDisposition(file.fileName, file.asciiFileName),
    "cache-control": "no-store",
  };
}
