import { describe, expect, it } from "vitest";
import { CHUNK, lazyBody, MB } from "@/tests/support/lazy-body";
import { readBoundedBytes } from "./count-bytes";

const tooLarge = () => new Error("too large");

describe("readBoundedBytes", () => {
  it("reads a body within the limit whole", async () => {
    const body = lazyBody(3 * CHUNK + 5);
    const bytes = await readBoundedBytes(body.stream, MB, tooLarge);
    expect(bytes.byteLength).toBe(3 * CHUNK + 5);
    expect(body.isCancelled()).toBe(false);
  });

  it("stops a 228 MB chunked body at the limit plus one 64 KB chunk and cancels it", async () => {
    const body = lazyBody(228 * MB);
    await expect(readBoundedBytes(body.stream, MB, tooLarge)).rejects.toThrow("too large");
    expect(body.pulled()).toBeLessThanOrEqual(MB + CHUNK);
    expect(body.isCancelled()).toBe(true);
  });

  it("takes a body of exactly the limit, and nothing for no body", async () => {
    expect((await readBoundedBytes(lazyBody(MB).stream, MB, tooLarge)).byteLength).toBe(MB);
    expect((await readBoundedBytes(null, MB, tooLarge)).byteLength).toBe(0);
  });
});
