import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensureBuild } from "./build";

// The browser tier: Playwright drives Debian's Chromium (never a downloaded browser) against the
// production build, started by playwright.config.ts on a fresh embedded database (or PostgreSQL).
export const CHROMIUM = "/usr/bin/chromium";

if (!fs.existsSync(CHROMIUM)) {
  const message = [
    "",
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "!! 未找到 Chromium，浏览器测试未运行 (Chromium not found: browser tests NOT run)",
    "!! 安装 Install:  apt-get install -y chromium",
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "",
  ].join("\n");
  console.error(message);
  process.exit(process.env.E2E === "required" ? 1 : 0);
}

ensureBuild();
// A fresh embedded data folder each run, so the first-start path (migrate + seed) is exercised.
fs.rmSync(".data-e2e", { recursive: true, force: true });
if (process.env.DATABASE_URL) {
  const migrate = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db-migrate.ts"], { stdio: "inherit" });
  if (migrate.status !== 0) process.exit(migrate.status ?? 1);
}
const result = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
