export type ImportFile = { name: string; bytes: Uint8Array };
export type FileKind = "xlsx" | "xls" | "json" | "yaml" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The OLE2 compound document of Excel 97–2003 (.xls).
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** The content decides (a renamed .xls is still an .xls); the extension only tells YAML from JSON. */
export function detectFileKind({ name, bytes }: ImportFile): FileKind {
  if (startsWith(bytes, OLE2)) return "xls";
  if (startsWith(bytes, ZIP)) return "xlsx";
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (extension === "json") return "json";
  if (extension === "yaml" || extension === "yml") return "yaml";
  // Not a zip, so not a workbook: reading it says so in the user's terms.
  if (extension === "xlsx" || extension === "xls") return "xlsx";
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (head.startsWith("{")) return "json";
  return extension === "" || extension === "txt" ? "yaml" : "unknown";
}

export const XLS_MESSAGE = "这是旧版 Excel 97-2003 工作簿（.xls），系统只能读取 .xlsx。请在 Excel 中选择“文件 → 另存为 → Excel 工作簿（*.xlsx）”后重新上传。";

export const UNKNOWN_KIND_MESSAGE = "无法识别的文件类型。请上传 Excel 工作簿（.xlsx）、YAML（.yaml/.yml）或 JSON（.json）文件。";

/** Decodes UTF-8 text, dropping a byte-order mark (editors on Windows add one). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}
