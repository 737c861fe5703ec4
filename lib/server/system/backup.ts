import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "./data-dir-lock";
import { embeddedDataDir } from "./embedded-database";

// Backups of both databases: the embedded one as PGlite's own data-folder dump (a gzipped tar),
// PostgreSQL with pg_dump's custom format. Restoring goes into an empty database only.

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const release = acquireDataDirLock(dataDir);
  try {
    if (!fs.existsSync(embeddedDataDir(dataDir))) throw new Error(`没有可备份的内置数据库：${embeddedDataDir(dataDir)}`);
    const pglite = await PGlite.create(embeddedDataDir(dataDir));
    const dump = await pglite.dumpDataDir("gzip");
    await pglite.close();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    release();
  }
}

export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  const release = acquireDataDirLock(dataDir);
  try {
    const target = embeddedDataDir(dataDir);
    if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
      throw new Error(`目标目录已有数据库，恢复只写入空目录：${target}（请先移走或换一个 DATA_DIR）`);
    }
    const blob = new Blob([fs.readFileSync(file)], { type: "application/x-gzip" });
    const pglite = await PGlite.create(target, { loadDataDir: blob });
    await pglite.query("SELECT 1");
    await pglite.close();
  } finally {
    release();
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw new Error(`${command} 无法运行：${result.error.message}（需要安装 postgresql-client）`);
  if (result.status !== 0) throw new Error(`${command} 失败：${result.stderr.trim()}`);
}

export function backupPostgres(url: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", url]);
}

export function restorePostgres(file: string, url: string): void {
  run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", url, file]);
}
