// The entry names of a ZIP archive, read from its central directory (with a scan of the local
// headers as a fallback for a truncated directory). Names are stored uncompressed, so no
// inflating is needed to tell an OOXML document from any other ZIP.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const MAX_COMMENT = 0xffff;

const decoder = new TextDecoder("utf-8", { fatal: false });

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectoryOffset(bytes: Uint8Array): number {
  const data = view(bytes);
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (data.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

function centralDirectoryNames(bytes: Uint8Array): string[] | null {
  const end = endOfDirectoryOffset(bytes);
  if (end < 0) return null;
  const data = view(bytes);
  const count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || data.getUint32(offset, true) !== CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function localHeaderNames(bytes: Uint8Array): string[] {
  const data = view(bytes);
  const names: string[] = [];
  for (let offset = 0; offset + 30 <= bytes.length; offset += 1) {
    if (data.getUint32(offset, true) !== LOCAL_HEADER) continue;
    const nameLength = data.getUint16(offset + 26, true);
    if (offset + 30 + nameLength > bytes.length) break;
    names.push(decoder.decode(bytes.subarray(offset + 30, offset + 30 + nameLength)));
    offset += 29 + nameLength;
  }
  return names;
}

export function zipEntryNames(bytes: Uint8Array): string[] {
  if (bytes.length < 22) return [];
  return centralDirectoryNames(bytes) ?? localHeaderNames(bytes);
}
