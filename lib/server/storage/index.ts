import path from "node:path";
import { env } from "@/lib/env";
import type { FileStore } from "./file-store";
import { LocalFileStore } from "./local-file-store";

export type { FileStore } from "./file-store";

let store: FileStore | undefined;

/** The configured store: today the local one under `DATA_DIR/files`. */
export function fileStore(): FileStore {
  store ??= new LocalFileStore(path.join(env().dataDir, "files"));
  return store;
}

/** For tests that point the store somewhere else. */
export function setFileStore(next: FileStore | undefined): void {
  store = next;
}
