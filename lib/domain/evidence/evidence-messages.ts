// The Chinese messages of rejected evidence files; each names the file so a user who picked ten
// photos knows which one to replace.

export const ALLOWED_EVIDENCE_LABEL = "图片（JPEG、PNG、GIF、WebP）、PDF 或 Office 文档（Word、Excel、PowerPoint）";

export function unsupportedEvidenceMessage(fileName: string): string {
  return `文件“${fileName}”的类型不受支持（系统按文件内容识别，与扩展名无关）。只能上传${ALLOWED_EVIDENCE_LABEL}。`;
}

export function notAPhotoMessage(fileName: string): string {
  return `文件“${fileName}”不是照片。检查照片要加盖水印（拍摄时间、位置、点位编号、账号），只能上传图片（JPEG、PNG、GIF、WebP）。`;
}

export function heifEvidenceMessage(fileName: string): string {
  return `照片“${fileName}”是 HEIC/HEIF 格式，系统无法识别。请在手机相机设置中选择“兼容性最佳”（JPEG），或把照片转为 JPEG 后再上传。`;
}

export function tooLargeEvidenceMessage(fileName: string, maxBytes: number): string {
  return `文件“${fileName}”超过 ${megabytes(maxBytes)} MB 的大小上限，请压缩或拆分后再上传。`;
}

export function emptyEvidenceMessage(fileName: string): string {
  return `文件“${fileName}”是空文件，请重新选择。`;
}

export function unreadableImageMessage(fileName: string): string {
  return `图片无法读取：“${fileName}”可能已损坏，请重新拍摄或另存后上传。`;
}

/** 20971520 → "20", 1536 × 1024 → "1.5". */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
