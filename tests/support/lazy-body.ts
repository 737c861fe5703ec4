/**
 * A request body of any size made on demand, 64 KB at a time, that counts what the reader pulled:
 * a 228 MB upload costs nothing unless it is read. `highWaterMark: 0` means the stream pulls only
 * when the reader asks, so `pulled()` is exactly what the server consumed.
 */
export function lazyBody(totalBytes: number, { head = new Uint8Array(), chunkBytes = 64 * 1024 }: { head?: Uint8Array; chunkBytes?: number } = {}) {
  let pulled = 0;
  let isCancelled = false;
  const filler = new Uint8Array(chunkBytes).fill(0x61);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === 0 && head.byteLength) {
          pulled += head.byteLength;
          return controller.enqueue(head);
        }
        const size = Math.min(chunkBytes, totalBytes - pulled);
        if (size <= 0) return controller.close();
        pulled += size;
        controller.enqueue(size === chunkBytes ? filler : filler.subarray(0, size));
      },
      cancel() {
        isCancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled, isCancelled: () => isCancelled };
}

/** The opening of a multipart body whose one file part then runs on for as long as the stream does. */
export function multipartFileHead(boundary: string, field: string, fileName: string): Uint8Array {
  return new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
}

export const MB = 1024 * 1024;
export const CHUNK = 64 * 1024;
