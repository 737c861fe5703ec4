import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { embeddedDataDir } from "@/lib/server/system/embedded-database";

// The operator commands as a person runs them (npm run db:migrate, npm run user:create), on an
// embedded data folder of their own. Each step starts a process that opens the database, so the
// timeouts are generous for a loaded 2-core machine.
function run(script: string, args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], { env, encoding: "utf8" });
}

describe("operator scripts", () => {
  it("migrate an empty data folder idempotently, then create the first system admin once", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cw-scripts-"));
    const first = run("scripts/db-migrate.ts", [], dataDir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/已应用迁移/);
    const second = run("scripts/db-migrate.ts", [], dataDir);
    expect(second.stdout).toMatch(/已是最新/);

    const created = run("scripts/user-create.ts", ["--email", "Root@Example.gov.cn", "--name", "首位管理员", "--password", "Start-2026-pass"], dataDir);
    expect(created.status, created.stderr).toBe(0);
    const again = run("scripts/user-create.ts", ["--email", "root@example.gov.cn", "--name", "重复"], dataDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/已存在/);

    const pglite = new PGlite(embeddedDataDir(dataDir));
    const users = (
      await pglite.query<{ email: string; passwordHash: string; mustChangePassword: boolean; role: string }>(
        `SELECT u.email, u."passwordHash", u."mustChangePassword", m.role FROM "User" u JOIN "RoleMembership" m ON m."userId" = u.id`,
      )
    ).rows;
    const audit = (await pglite.query(`SELECT 1 FROM "AuditLog" WHERE action = 'user.create'`)).rows;
    await pglite.close();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "root@example.gov.cn", mustChangePassword: true, role: "SYSTEM_ADMIN" });
    expect(await verifyPassword(users[0].passwordHash, "Start-2026-pass")).toBe(true);
    expect(audit).toHaveLength(1);
  }, 300_000);

  it("refuse a data folder that another process owns", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cw-scripts-"));
    fs.writeFileSync(path.join(dataDir, "chuangwen.lock"), JSON.stringify({ pid: process.pid }));
    const result = run("scripts/db-migrate.ts", [], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/数据目录已被另一个进程/);
  }, 120_000);
});
