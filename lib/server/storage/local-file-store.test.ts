import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentHashOf } from "./file-store";
import { LocalFileStore } from "./local-file-store";

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "cw-store-"));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("the local file store", () => {
  it("keeps bytes under their SHA-256 and gives them back", async () => {
    const store = new LocalFileStore(root);
    const bytes = new TextEncoder().encode("台账佐证");
    const hash = await store.put(bytes);
    expect(hash).toBe(contentHashOf(bytes));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.get(hash))?.toString()).toBe("台账佐证");
    expect(await store.has(hash)).toBe(true);
    await expect(fs.stat(path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash))).resolves.toBeTruthy();
  });

  it("keeps one copy of the same content", async () => {
    const store = new LocalFileStore(root);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await store.put(bytes)).toBe(await store.put(bytes));
    const [first] = await fs.readdir(root);
    const [second] = await fs.readdir(path.join(root, first));
    expect(await fs.readdir(path.join(root, first, second))).toHaveLength(1);
  });

  it("answers null for unknown or malformed hashes instead of reading outside its folder", async () => {
    const store = new LocalFileStore(root);
    expect(await store.get("0".repeat(64))).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
    expect(await store.has("../x")).toBe(false);
  });
});
