import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "./data-dir-lock";

// One PGlite per process, kept on globalThis so that the launcher, Next's bundled server code
// and hot reloads all share it: PGlite is a single PostgreSQL session and must have one owner.
type EmbeddedHolder = { pglite?: PGlite; release?: () => void; dataDir?: string };
const store = globalThis as unknown as { __chuangwenEmbedded?: EmbeddedHolder };

function holder(): EmbeddedHolder {
  store.__chuangwenEmbedded ??= {};
  return store.__chuangwenEmbedded;
}

export function embeddedDataDir(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

/** Opens (once) the file-backed embedded database under DATA_DIR, taking the folder's lock. */
export function openEmbeddedDatabase(dataDir: string): PGlite {
  const h = holder();
  if (h.pglite) return h.pglite;
  h.release = acquireDataDirLock(dataDir);
  h.pglite = new PGlite(embeddedDataDir(dataDir));
  h.dataDir = dataDir;
  return h.pglite;
}

/** Installs an already-open PGlite (an in-memory one in tests). */
export function installEmbeddedDatabase(pglite: PGlite): void {
  holder().pglite = pglite;
}

export function currentEmbeddedDatabase(): PGlite | undefined {
  return holder().pglite;
}

export async function closeEmbeddedDatabase(): Promise<void> {
  const h = holder();
  const pglite = h.pglite;
  h.pglite = undefined;
  if (pglite && !pglite.closed) await pglite.close();
  h.release?.();
  h.release = undefined;
}
