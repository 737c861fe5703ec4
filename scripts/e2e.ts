import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensureBuild } from "./build";
import { withFreshPostgresDatabase } from "./lib/fresh-postgres-database";

// The browser tier: Playwright drives Debian's Chromium (never a downloaded browser) against the
// production build, started by playwright.config.ts on a fresh database: a new embedded data
// folder, or a new PostgreSQL database beside DATABASE_URL's (so the first-start path, migrate
// and seed, is exercised either way).
const CHROMIUM = "/usr/bin/chromium";

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "!! 未找到 Chromium，浏览器测试未运行 (Chromium not found: browser tests NOT run)",
      "!! 安装 Install:  apt-get install -y chromium",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
    ].join("\n"),
  );
  process.exit(process.env.E2E === "required" ? 1 : 0);
}

function run(args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(process.execPath, args, { stdio: "inherit", env }).status ?? 1;
}

function runPlaywright(env: NodeJS.ProcessEnv): number {
  return run(["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
}

ensureBuild();
let status: number;
if (process.env.DATABASE_URL) {
  status = await withFreshPostgresDatabase(process.env.DATABASE_URL, "e2e", async (url) => {
    const env = { ...process.env, DATABASE_URL: url };
    const migrated = run(["node_modules/tsx/dist/cli.mjs", "scripts/db-migrate.ts"], env);
    return migrated === 0 ? runPlaywright(env) : migrated;
  });
} else {
  fs.rmSync(".data-e2e", { recursive: true, force: true });
  status = runPlaywright(process.env);
}
process.exit(status);
