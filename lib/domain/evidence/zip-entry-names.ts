// The entry names of a ZIP archive as its central directory lists them, found through the
// end-of-central-directory record. Only the central directory counts: it is what Office and every
// unzip tool read, and an attacker can make the local headers say something else. Names are
// stored uncompressed, so nothing is ever inflated. A directory that is truncated, garbled or
// ZIP64 (no Office document needs it) gives null: such a file is not accepted as a document.

const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const MAX_COMMENT = 0xffff;
const ZIP64_COUNT = 0xffff;
const ZIP64_OFFSET = 0xffffffff;

const decoder = new TextDecoder("utf-8", { fatal: false });

type Directory = { offset: number; size: number; count: number };

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The last end-of-directory record whose comment ends exactly at the end of the file. */
function findDirectory(bytes: Uint8Array): Directory | null {
  const data = view(bytes);
  const lowest = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  for (let end = bytes.length - END_SIZE; end >= lowest; end -= 1) {
    if (data.getUint32(end, true) !== END_OF_DIRECTORY) continue;
    if (end + END_SIZE + data.getUint16(end + 20, true) !== bytes.length) continue;
    const [disk, directoryDisk] = [data.getUint16(end + 4, true), data.getUint16(end + 6, true)];
    const [countOnDisk, count] = [data.getUint16(end + 8, true), data.getUint16(end + 10, true)];
    const [size, offset] = [data.getUint32(end + 12, true), data.getUint32(end + 16, true)];
    if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count) return null;
    if (count === ZIP64_COUNT || size === ZIP64_OFFSET || offset === ZIP64_OFFSET) return null;
    if (offset + size > end) return null;
    return { offset, size, count };
  }
  return null;
}

/** The names in the central directory, or null when it cannot be read to its last entry. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < END_SIZE) return null;
  const directory = findDirectory(bytes);
  if (!directory) return null;
  const data = view(bytes);
  const limit = directory.offset + directory.size;
  const names: string[] = [];
  let offset = directory.offset;
  // Each entry takes at least 46 bytes of the directory, so a huge count cannot outrun its size.
  for (let index = 0; index < directory.count; index += 1) {
    if (offset + CENTRAL_SIZE > limit || data.getUint32(offset, true) !== CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(offset + 28, true);
    const next = offset + CENTRAL_SIZE + nameLength + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
    if (next > limit) return null;
    names.push(decoder.decode(bytes.subarray(offset + CENTRAL_SIZE, offset + CENTRAL_SIZE + nameLength)));
    offset = next;
  }
  return names;
}
