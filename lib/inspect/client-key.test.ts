import { afterEach, describe, expect, it, vi } from "vitest";
import { newClientKey } from "./client-key";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const realCrypto = globalThis.crypto;

describe("a check's clientKey", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is a UUID v4", () => {
    expect(newClientKey()).toMatch(UUID_V4);
  });

  it("is still a fresh UUID v4 where randomUUID is missing (plain http)", () => {
    vi.stubGlobal("crypto", {
      getRandomValues: <T extends ArrayBufferView>(bytes: T) => realCrypto.getRandomValues(bytes as unknown as Uint8Array) as unknown as T,
    });
    const keys = new Set(Array.from({ length: 100 }, newClientKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });
});
