/**
 * The chunks of a body as they arrive, counted: past `limit` bytes the stream is cancelled at
 * once and `tooLarge()` is thrown, so at most one chunk beyond the limit is ever pulled, whatever
 * length the request declared. A consumer that stops early (an error of its own) cancels it too.
 */
export async function* boundedChunks(stream: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): AsyncGenerator<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  let isDone = false;
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        isDone = true;
        return;
      }
      total += value.byteLength;
      if (total > limit) throw tooLarge();
      yield value;
    }
  } finally {
    // Not awaited: a peer that stops sending must not hold the answer back.
    if (!isDone) reader.cancel().catch(() => undefined);
  }
}

/** The whole body, refused past `limit` bytes while it is read. */
export async function readBoundedBytes(stream: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of boundedChunks(stream, limit, tooLarge)) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  return concatBytes(chunks, total);
}

/** One fresh array (never a view into a shared pool). */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
