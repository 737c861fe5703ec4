import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, pendingMigrations, readMigrations } from "@/lib/server/system/migrations";
import { pgliteSession } from "@/lib/server/system/sql-sessions";

// The in-process migrator that the embedded database uses, on a fresh in-memory PGlite with a
// migrations folder of its own: it must record migrations exactly as `prisma migrate deploy` does.
const open: PGlite[] = [];
afterEach(async () => Promise.all(open.splice(0).map((p) => p.close())));

function migrationsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cw-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function freshDatabase() {
  const pglite = new PGlite();
  open.push(pglite);
  return pglite;
}

const INIT = `CREATE TABLE "Item" ("id" TEXT PRIMARY KEY, "name" TEXT NOT NULL, "touched" INTEGER NOT NULL DEFAULT 0);`;
const FUNCTION_WITH_SEMICOLONS = `CREATE FUNCTION "touch_item"() RETURNS trigger AS $$
BEGIN
  NEW."touched" := NEW."touched" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "item_touch" BEFORE UPDATE ON "Item" FOR EACH ROW EXECUTE FUNCTION "touch_item"();`;

describe("the in-process migrator", () => {
  it("applies migrations in order, with $$ bodies, and records them like Prisma", async () => {
    const dir = migrationsFolder({ "20260101000000_init": INIT, "20260102000000_touch": FUNCTION_WITH_SEMICOLONS });
    const pglite = await freshDatabase();
    const session = pgliteSession(pglite);

    expect(await applyMigrations(session, readMigrations(dir))).toEqual(["20260101000000_init", "20260102000000_touch"]);

    await pglite.exec(`INSERT INTO "Item" VALUES ('a', 'x', 0); UPDATE "Item" SET name = 'y';`);
    expect((await pglite.query<{ touched: number }>(`SELECT touched FROM "Item"`)).rows[0].touched).toBe(1);

    const rows = (
      await pglite.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      )
    ).rows;
    expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_init", "20260102000000_touch"]);
    expect(rows[0].checksum).toBe(crypto.createHash("sha256").update(INIT).digest("hex"));
    expect(rows.every((r) => r.finished_at instanceof Date && r.applied_steps_count === 1)).toBe(true);
  });

  it("is idempotent: a second run applies nothing", async () => {
    const dir = migrationsFolder({ "20260101000000_init": INIT });
    const session = pgliteSession(await freshDatabase());
    await applyMigrations(session, readMigrations(dir));
    expect(await applyMigrations(session, readMigrations(dir))).toEqual([]);
    expect(await pendingMigrations(session, readMigrations(dir))).toEqual([]);
  });

  it("rolls a failing migration back whole and does not record it", async () => {
    const dir = migrationsFolder({
      "20260101000000_init": INIT,
      "20260103000000_broken": `CREATE TABLE "Half" ("id" TEXT); SELECT * FROM "no_such_table";`,
    });
    const pglite = await freshDatabase();
    const session = pgliteSession(pglite);
    await expect(applyMigrations(session, readMigrations(dir))).rejects.toThrow(/20260103000000_broken/);
    expect((await pglite.query(`SELECT to_regclass('"Half"') AS t`)).rows[0]).toEqual({ t: null });
    const names = (await pglite.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`)).rows;
    expect(names.map((r) => r.migration_name)).toEqual(["20260101000000_init"]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = migrationsFolder({ "20260101000000_init": INIT });
    const session = pgliteSession(await freshDatabase());
    await applyMigrations(session, readMigrations(dir));
    fs.writeFileSync(path.join(dir, "20260101000000_init", "migration.sql"), `${INIT}\n-- edited`);
    await expect(applyMigrations(session, readMigrations(dir))).rejects.toThrow(/modified/);
  });

  it("applies the project's own migrations to an empty database", async () => {
    const session = pgliteSession(await freshDatabase());
    const applied = await applyMigrations(session);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
  });
});
