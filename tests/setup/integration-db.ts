import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { closeEmbeddedDatabase, installEmbeddedDatabase } from "@/lib/server/system/embedded-database";
import { disconnectDb } from "@/lib/db";
import { setFileStore } from "@/lib/server/storage";
import { LocalFileStore } from "@/lib/server/storage/local-file-store";

// Each integration test file gets its own in-memory embedded database, loaded from the migrated
// template of the global setup — unless DATABASE_URL points the run at PostgreSQL.
if (!process.env.DATABASE_URL) {
  const template = fs.readFileSync(inject("embeddedTemplate"));
  installEmbeddedDatabase(await PGlite.create({ loadDataDir: new Blob([template]) }));
}

// Evidence files of a test file go to a folder of its own, never to the developer's DATA_DIR.
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "cw-files-"));
setFileStore(new LocalFileStore(filesDir));

afterAll(async () => {
  fs.rmSync(filesDir, { recursive: true, force: true });
  await disconnectDb();
  if (!process.env.DATABASE_URL) await closeEmbeddedDatabase();
});
