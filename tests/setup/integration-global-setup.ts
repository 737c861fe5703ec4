import { Client } from "pg";
import { applyMigrations } from "../../lib/server/system/migrations";
import { pgSession } from "../../lib/server/system/sql-sessions";
import { assertLoopbackDatabaseUrl } from "./database-guard";

// On PostgreSQL the integration tests share one migrated database; factories make unique rows,
// so no test needs a reset. The embedded path gets a fresh in-memory database per file instead.
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  assertLoopbackDatabaseUrl(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(pgSession(client));
  } finally {
    await client.end();
  }
}
