import { PGlite } from "@electric-sql/pglite";
import { afterAll } from "vitest";
import { applyMigrations } from "@/lib/server/system/migrations";
import { pgliteSession } from "@/lib/server/system/sql-sessions";
import { closeEmbeddedDatabase, useEmbeddedDatabase } from "@/lib/server/system/embedded-database";
import { disconnectDb } from "@/lib/db";

// Each integration test file gets its own in-memory embedded database (fast and isolated),
// unless DATABASE_URL points the run at PostgreSQL (migrated once in the global setup).
if (!process.env.DATABASE_URL) {
  const pglite = new PGlite();
  await applyMigrations(pgliteSession(pglite));
  useEmbeddedDatabase(pglite);
}

afterAll(async () => {
  await disconnectDb();
  if (!process.env.DATABASE_URL) await closeEmbeddedDatabase();
});
