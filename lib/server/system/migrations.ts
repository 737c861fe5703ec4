import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Applies prisma/migrations/*/migration.sql in order and records each in `_prisma_migrations`
// exactly as `prisma migrate deploy` does (same table, sha256 checksum, timestamps, step count),
// so the Prisma CLI and this migrator agree on what has been applied. Used for the embedded
// database, which the Prisma CLI cannot reach while it lives inside this process.

export type SqlSession = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script as one unit (simple query protocol). */
  exec(script: string): Promise<void>;
};

export type MigrationFile = { name: string; sql: string; checksum: string };

export function migrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = migrationsDir()): MigrationFile[] {
  // The folder is read at run time, never bundled: keep the bundler from tracing it.
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

async function appliedMigrations(session: SqlSession): Promise<AppliedRow[]> {
  const [{ exists }] = await session.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  if (!exists) return [];
  return session.query<AppliedRow>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
}

export async function pendingMigrations(session: SqlSession, files = readMigrations()): Promise<MigrationFile[]> {
  const applied = await appliedMigrations(session);
  const failed = applied.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(`迁移 ${failed.migration_name} 曾执行失败，请先处理后再启动 (migration failed earlier).`);
  }
  const done = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  for (const file of files) {
    const checksum = done.get(file.name);
    if (checksum !== undefined && checksum !== file.checksum) {
      throw new Error(`迁移 ${file.name} 在应用后被修改过 (migration was modified after it was applied).`);
    }
  }
  return files.filter((file) => !done.has(file.name));
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function applyMigrations(session: SqlSession, files = readMigrations()): Promise<string[]> {
  await session.exec(CREATE_TABLE);
  const pending = await pendingMigrations(session, files);
  for (const file of pending) {
    // The record goes in the migration's own transaction: a migration is applied and recorded
    // together or not at all.
    const record = `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
      VALUES ('${crypto.randomUUID()}', '${file.checksum}', now(), ${quoteLiteral(file.name)}, NULL, now(), 1);`;
    try {
      await session.exec(`BEGIN;\n${file.sql}\n;\n${record}\nCOMMIT;`);
    } catch (error) {
      await session.exec("ROLLBACK").catch(() => undefined);
      throw new Error(`迁移 ${file.name} 执行失败 (migration failed): ${(error as Error).message}`);
    }
  }
  return pending.map((file) => file.name);
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
