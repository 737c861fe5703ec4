import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../lib/server/system/migrations";
import { pgSession, pgliteSession } from "../../lib/server/system/sql-sessions";
import { assertLoopbackDatabaseUrl } from "./database-guard";

declare module "vitest" {
  export interface ProvidedContext {
    embeddedTemplate: string;
  }
}

// PostgreSQL: the integration tests share one migrated database; factories make unique rows,
// so no test needs a reset. Embedded: a migrated database is built once and dumped, and every
// test file loads its own in-memory copy (much faster than a fresh initdb per file).
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    assertLoopbackDatabaseUrl(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await applyMigrations(pgSession(client));
    } finally {
      await client.end();
    }
    project.provide("embeddedTemplate", "");
    return;
  }
  const key = crypto
    .createHash("sha256")
    .update(
      readMigrations()
        .map((m) => m.checksum)
        .join(),
    )
    .digest("hex")
    .slice(0, 16);
  const file = path.join(os.tmpdir(), `chuangwen-test-template-${key}.tar`);
  if (!fs.existsSync(file)) {
    const pglite = new PGlite();
    await applyMigrations(pgliteSession(pglite));
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    fs.writeFileSync(`${file}.${process.pid}`, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(`${file}.${process.pid}`, file);
  }
  project.provide("embeddedTemplate", file);
}
