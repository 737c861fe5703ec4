// The stream names in an OLE2 compound file (Office 97–2003). Directory entries are 128 bytes,
// aligned to sectors (a multiple of 128 bytes), each starting with its UTF-16LE name and carrying
// the name's byte length at +64 and the entry type at +66 (2 = stream). Checking every aligned slot
// finds the streams without following the sector chains.

const HEADER_SIZE = 512;
const ENTRY_SIZE = 128;
const STREAM = 2;

export function oleStreamNames(bytes: Uint8Array): string[] {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  for (let offset = HEADER_SIZE; offset + ENTRY_SIZE <= bytes.length; offset += ENTRY_SIZE) {
    const nameBytes = data.getUint16(offset + 64, true);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || bytes[offset + 66] !== STREAM) continue;
    const units: number[] = [];
    for (let index = 0; index < nameBytes / 2 - 1; index += 1) units.push(data.getUint16(offset + index * 2, true));
    if (data.getUint16(offset + nameBytes - 2, true) !== 0 || units.some((unit) => unit === 0)) continue;
    names.push(String.fromCharCode(...units));
  }
  return names;
}
