import { Client } from "pg";
import { env } from "@/lib/env";
import { applyMigrations, pendingMigrations, type SqlSession } from "./migrations";
import { currentEmbeddedDatabase, openEmbeddedDatabase } from "./embedded-database";
import { pgSession, pgliteSession } from "./sql-sessions";

/** Runs `fn` with a raw SQL session on the configured database (outside Prisma). */
export async function withSqlSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const { DATABASE_URL, dataDir } = env();
  if (!DATABASE_URL) return fn(pgliteSession(currentEmbeddedDatabase() ?? openEmbeddedDatabase(dataDir)));
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(pgSession(client));
  } finally {
    await client.end();
  }
}

export async function migrateDatabase(): Promise<string[]> {
  return withSqlSession((session) => applyMigrations(session));
}

export async function schemaState(): Promise<"up-to-date" | "pending"> {
  return withSqlSession(async (session) => ((await pendingMigrations(session)).length === 0 ? "up-to-date" : "pending"));
}
