import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { disconnectDb } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { env } from "@/lib/env";
import { closeEmbeddedDatabase, installEmbeddedDatabase } from "@/lib/server/system/embedded-database";
import { applyMigrations } from "@/lib/server/system/migrations";
import { pgSession, pgliteSession } from "@/lib/server/system/sql-sessions";
import { runSeedScale } from "./lib/scale/run-seed-scale";

// npm run seed:scale -- --cities 14 --departments 80 --sites 1000 --rounds 52 [--seed s] [--province CODE] [--reset] [--no-scores] [--today YYYY-MM-DD]
// Fills the loopback PostgreSQL database of DATABASE_URL (migrating it first) with a province-sized
// data set, or, without DATABASE_URL, a fresh embedded database in a temporary folder with a
// smaller default. Progress on stderr, the summary on stdout. No network; never run by install or build.

async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  let folder: string | null = null;
  if (url) {
    const { loopbackRefusal } = await import("./lib/scale/loopback");
    const refusal = loopbackRefusal(url);
    if (refusal) {
      process.stderr.write(`${refusal}\n`);
      return 2;
    }
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await applyMigrations(pgSession(client));
    } finally {
      await client.end();
    }
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "chuangwen-scale-"));
    const pglite = new PGlite(path.join(folder, "pglite"));
    await applyMigrations(pgliteSession(pglite));
    installEmbeddedDatabase(pglite);
    process.stderr.write(
      `未设置 DATABASE_URL：使用临时文件夹中的新嵌入式数据库 ${folder}（较小的默认规模）。No DATABASE_URL: a fresh embedded database in ${folder}, smaller defaults.\n`,
    );
  }
  try {
    return await runSeedScale(process.argv.slice(2), { embedded: !url, today: todayInShanghai() });
  } finally {
    await disconnectDb();
    if (folder) {
      await closeEmbeddedDatabase();
      process.stderr.write(
        `嵌入式数据库保留在 ${folder}：DATA_DIR=${folder} npm start 打开它，用完请删除。The database stays in ${folder} (DATA_DIR=${folder} npm start); remove it when done.\n`,
      );
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
