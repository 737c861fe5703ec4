import fs from "node:fs/promises";
import path from "node:path";
import { CONTENT_HASH, contentHashOf, type FileStore } from "./file-store";

/** Files under `root/ab/cd/<hash>`: two levels of fan-out keep directories small. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(bytes: Uint8Array): Promise<string> {
    const hash = contentHashOf(bytes);
    const target = this.pathOf(hash);
    if (await exists(target)) return hash;
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write aside and rename, so a reader never sees half a file and a crash leaves no torn copy.
    const partial = `${target}.${process.pid}.${Date.now()}.partial`;
    await fs.writeFile(partial, bytes);
    await fs.rename(partial, target);
    return hash;
  }

  async get(hash: string): Promise<Buffer | null> {
    if (!CONTENT_HASH.test(hash)) return null;
    try {
      return await fs.readFile(this.pathOf(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async has(hash: string): Promise<boolean> {
    return CONTENT_HASH.test(hash) && exists(this.pathOf(hash));
  }

  private pathOf(hash: string): string {
    if (!CONTENT_HASH.test(hash)) throw new Error(`不是内容哈希：${hash}`);
    return path.join(this.root, hash.slice(0, 2), hash.slice(2, 4), hash);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
