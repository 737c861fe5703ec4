import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves the offline schema-engine bridge (prisma/offline-engine) against a real
// PostgreSQL server, driving the Prisma CLI exactly as the project does: through
// scripts/prisma.mjs. Runs in the PostgreSQL pass of the tests (vitest.config.mts) on
// DATABASE_URL's server, where it creates and drops databases of its own.

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PRISMA = path.join(ROOT, "scripts", "prisma.mjs");
const TIMEOUT = 120_000;

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  kind  String @default("u") @db.Char(1)
}
`;

const CONFIG = `import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL! },
});
`;

// Semicolons inside dollar-quoted bodies: a naive split on ";" would break these.
const PLPGSQL_MIGRATION = `CREATE FUNCTION normalize_email() RETURNS trigger AS $$
BEGIN
  NEW.email := lower(trim(NEW.email));
  IF NEW.email = '' THEN
    RAISE EXCEPTION 'email must not be blank';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_normalize_email BEFORE INSERT OR UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION normalize_email();

CREATE FUNCTION add_numbers(a integer, b integer) RETURNS integer AS $body$
  SELECT a + b;
$body$ LANGUAGE sql;
`;

// The first statement succeeds; the second fails, so the whole script must roll back.
const FAILING_MIGRATION = `CREATE TABLE "MustRollBack" (id integer PRIMARY KEY);
INSERT INTO "NoSuchTable" (id) VALUES (1);
`;

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  url.searchParams.delete("schema");
  return url.toString();
}

type Run = { code: number | null; output: string };

function prisma(cwd: string, databaseUrl: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA, ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("offline schema engine (prisma/offline-engine)", () => {
  const database = `cw_engine_test_${crypto.randomBytes(6).toString("hex")}`;
  const databaseUrl = serverUrl(database);
  const admin = new Client({ connectionString: serverUrl("postgres") });
  let db: Client | undefined;
  let dir = "";
  let migrationsDir = "";

  const run = (...args: string[]) => prisma(dir, databaseUrl, ...args);
  const withConfig = ["--config", "prisma.config.ts"];
  const withSchema = [...withConfig, "--schema", "schema.prisma"];

  const migrationNames = () =>
    fs.existsSync(migrationsDir)
      ? fs
          .readdirSync(migrationsDir)
          .filter((name) => /^\d+_/.test(name))
          .sort()
      : [];

  function addMigration(label: string, sql: string): string {
    const last = migrationNames().at(-1);
    const prefix = last ? (BigInt(last.split("_")[0]) + 1n).toString() : "20000101000000";
    const name = `${prefix}_${label}`;
    fs.mkdirSync(path.join(migrationsDir, name), { recursive: true });
    fs.writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
    return name;
  }

  async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!db) {
      db = new Client({ connectionString: databaseUrl });
      await db.connect();
    }
    return (await db.query(sql, params)).rows as T[];
  }

  const migrationRow = async (name: string) =>
    (
      await query<{ finished_at: Date | null; rolled_back_at: Date | null }>(
        "SELECT finished_at, rolled_back_at FROM _prisma_migrations WHERE migration_name = $1",
        [name],
      )
    )[0];

  beforeAll(async () => {
    await admin.connect(); // throws (failing the suite) when PostgreSQL is unreachable
    await admin.query(`CREATE DATABASE "${database}"`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cw-offline-engine-"));
    migrationsDir = path.join(dir, "migrations");
    // prisma.config.ts imports "prisma/config"; resolve it from the project.
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.writeFileSync(path.join(dir, "schema.prisma"), SCHEMA);
    fs.writeFileSync(path.join(dir, "prisma.config.ts"), CONFIG);
  }, TIMEOUT);

  afterAll(async () => {
    await db?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    "reports the engine version without downloading anything",
    async () => {
      const { code, output } = await run("--version");
      expect(code).toBe(0);
      expect(output).toMatch(/Schema Engine\s+: schema-engine-cli [0-9a-f]{40} .*PRISMA_SCHEMA_ENGINE_BINARY/);
    },
    TIMEOUT,
  );

  it(
    "validates and formats the schema",
    async () => {
      expect((await run("validate", ...withSchema)).code).toBe(0);
      expect((await run("format", ...withSchema)).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "creates and applies a migration with migrate dev",
    async () => {
      const { code, output } = await run("migrate", "dev", "--name", "init", ...withSchema);
      expect(code, output).toBe(0);
      expect(output).not.toMatch(/download/i);

      const [init] = migrationNames();
      expect(init).toMatch(/^\d{14}_init$/);
      expect(fs.readFileSync(path.join(migrationsDir, init, "migration.sql"), "utf8")).toContain('CREATE TABLE "User"');
      expect((await migrationRow(init)).finished_at).not.toBeNull();
      expect(await query('SELECT email, kind FROM "User"')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "applies a PL/pgSQL function and trigger atomically with migrate deploy",
    async () => {
      const name = addMigration("plpgsql", PLPGSQL_MIGRATION);
      const { code, output } = await run("migrate", "deploy", ...withSchema);
      expect(code, output).toBe(0);
      expect(output).toContain(name);

      expect((await migrationRow(name)).finished_at).not.toBeNull();
      const [user] = await query<{ email: string }>(`INSERT INTO "User" (email) VALUES ('  Mixed.Case@Example.COM ') RETURNING email`);
      expect(user.email).toBe("mixed.case@example.com");
      await expect(query(`INSERT INTO "User" (email) VALUES ('   ')`)).rejects.toThrow("email must not be blank");
      expect(await query("SELECT add_numbers(2, 3) AS sum")).toEqual([{ sum: 5 }]);
    },
    TIMEOUT,
  );

  it(
    "reports migrate status as up to date, then as pending",
    async () => {
      const upToDate = await run("migrate", "status", ...withSchema);
      expect(upToDate.code, upToDate.output).toBe(0);
      expect(upToDate.output).toContain("Database schema is up to date!");

      const pending = addMigration("pending", `ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n`);
      const behind = await run("migrate", "status", ...withSchema);
      expect(behind.code).not.toBe(0);
      expect(behind.output).toMatch(/not yet been applied/);
      expect(behind.output).toContain(pending);

      const deployed = await run("migrate", "deploy", ...withSchema);
      expect(deployed.code, deployed.output).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "reports a failing migration as failed, rolls it back and does not mark it applied",
    async () => {
      const name = addMigration("broken", FAILING_MIGRATION);
      const { code, output } = await run("migrate", "deploy", ...withSchema);
      expect(code).not.toBe(0);
      expect(output).toContain(name);
      expect(output).toMatch(/NoSuchTable/);

      const row = await migrationRow(name);
      expect(row === undefined || row.finished_at === null).toBe(true);
      expect(await query(`SELECT to_regclass('"MustRollBack"') AS t`)).toEqual([{ t: null }]);

      const status = await run("migrate", "status", ...withSchema);
      expect(status.code).not.toBe(0);
      expect(status.output).toContain(name);

      // Recover the way a developer would: mark it rolled back and remove it.
      const resolved = await run("migrate", "resolve", "--rolled-back", name, ...withSchema);
      expect(resolved.code, resolved.output).toBe(0);
      fs.rmSync(path.join(migrationsDir, name), { recursive: true });
      expect((await run("migrate", "status", ...withSchema)).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "prints CREATE TABLE SQL with migrate diff --from-empty --to-schema --script",
    async () => {
      const { code, output } = await run("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script", ...withConfig);
      expect(code, output).toBe(0);
      expect(output).toContain('CREATE TABLE "User"');
      expect(output).toContain('"kind" CHAR(1)');
    },
    TIMEOUT,
  );

  it(
    "replays the migrations on a temporary shadow database for migrate diff --from-migrations",
    async () => {
      // The schema lacks the "nickname" column the pending migration added, so the diff drops it.
      const { code, output } = await run("migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma", "--script", ...withConfig);
      expect(code, output).toBe(0);
      expect(output).toContain('DROP COLUMN "nickname"');
    },
    TIMEOUT,
  );

  it(
    "resets the database with migrate reset --force",
    async () => {
      const { code, output } = await run("migrate", "reset", "--force", ...withSchema);
      expect(code, output).toBe(0);
      expect(await query(`SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 0 }]);
      const applied = await query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      );
      expect(applied.map((row) => row.migration_name)).toEqual(migrationNames());
      expect(await query("SELECT add_numbers(1, 1) AS sum")).toEqual([{ sum: 2 }]);
    },
    TIMEOUT,
  );

  it(
    "pushes schema changes with db push",
    async () => {
      fs.writeFileSync(path.join(dir, "schema.prisma"), SCHEMA.replace("model User {", "model User {\n  bio String?"));
      const { code, output } = await run("db", "push", "--accept-data-loss", ...withSchema);
      expect(code, output).toBe(0);
      expect(await query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'bio'`)).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    "finds the project's own migrations in step with its schema (a schema change without its migration fails here)",
    async () => {
      const { code, output } = await prisma(
        ROOT,
        databaseUrl,
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      );
      expect(code, output).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "leaves no temporary shadow databases behind",
    async () => {
      const leftovers = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${database}\\_shadow\\_%`]);
      expect(leftovers.rows).toEqual([]);
    },
    TIMEOUT,
  );
});
