import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from "@/lib/server/system/backup";
import { embeddedDataDir } from "@/lib/server/system/embedded-database";
import { applyMigrations } from "@/lib/server/system/migrations";
import { pgSession, pgliteSession, type SqlSessionLike } from "./support/sql";

// A backup restored into an empty database gives identical data, on the database this run uses.
const SNAPSHOT_SQL = [
  `SELECT id, code, name FROM "Province" ORDER BY id`,
  `SELECT id, "provinceId", name, slug FROM "City" ORDER BY id`,
  `SELECT id, "cityId", name, kind FROM "Department" ORDER BY id`,
  `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
];

async function fill(session: SqlSessionLike) {
  await applyMigrations(session);
  await session.exec(`
    INSERT INTO "Province" (id, code, name, "updatedAt") VALUES ('p1', 'BK', '备份省', now());
    INSERT INTO "City" (id, "provinceId", name, slug, "updatedAt") VALUES ('c1', 'p1', '备份市', 'backup-city', now());
    INSERT INTO "Department" (id, "cityId", name, kind, "updatedAt") VALUES ('d1', 'c1', '市城管局', 'BUREAU', now()), ('d2', 'c1', '雄关街道办事处', 'STREET_OFFICE', now());
  `);
}

async function snapshot(session: SqlSessionLike) {
  return Promise.all(SNAPSHOT_SQL.map((sql) => session.query(sql)));
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "cw-backup-"));

if (!process.env.DATABASE_URL) {
  describe("embedded database backup", () => {
    it("restores into an empty data folder with identical data", async () => {
      const source = tmp();
      const pglite = new PGlite(embeddedDataDir(source));
      await fill(pgliteSession(pglite));
      const before = await snapshot(pgliteSession(pglite));
      await pglite.close();

      const file = path.join(tmp(), "backup.tar.gz");
      await backupEmbedded(source, file);
      const target = tmp();
      await restoreEmbedded(file, target);

      const restored = new PGlite(embeddedDataDir(target));
      expect(await snapshot(pgliteSession(restored))).toEqual(before);
      await restored.close();
      await expect(restoreEmbedded(file, target)).rejects.toThrow(/空目录/);
    });
  });
} else {
  describe("PostgreSQL backup", () => {
    it("restores into an empty database with identical data", async () => {
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const suffix = `${process.pid}_${Date.now()}`;
      const [sourceDb, targetDb] = [`cw_backup_src_${suffix}`, `cw_backup_dst_${suffix}`];
      const urlOf = (name: string) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${name}` }).toString();
      await admin.query(`CREATE DATABASE ${sourceDb}`);
      await admin.query(`CREATE DATABASE ${targetDb}`);
      try {
        const source = new Client({ connectionString: urlOf(sourceDb) });
        await source.connect();
        await fill(pgSession(source));
        const before = await snapshot(pgSession(source));
        await source.end();

        const file = path.join(tmp(), "backup.dump");
        backupPostgres(urlOf(sourceDb), file);
        restorePostgres(file, urlOf(targetDb));

        const target = new Client({ connectionString: urlOf(targetDb) });
        await target.connect();
        expect(await snapshot(pgSession(target))).toEqual(before);
        // The append-only trigger (a $$ function) came back with the schema.
        await expect(target.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
        await target.end();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${sourceDb} WITH (FORCE)`);
        await admin.query(`DROP DATABASE IF EXISTS ${targetDb} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}
