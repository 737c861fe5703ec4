import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { closeEmbeddedDatabase, installEmbeddedDatabase } from "@/lib/server/system/embedded-database";
import { disconnectDb } from "@/lib/db";

// Each integration test file gets its own in-memory embedded database, loaded from the migrated
// template of the global setup — unless DATABASE_URL points the run at PostgreSQL.
if (!process.env.DATABASE_URL) {
  const template = fs.readFileSync(inject("embeddedTemplate"));
  installEmbeddedDatabase(await PGlite.create({ loadDataDir: new Blob([template]) }));
}

afterAll(async () => {
  await disconnectDb();
  if (!process.env.DATABASE_URL) await closeEmbeddedDatabase();
});
