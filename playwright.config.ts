import path from "node:path";
import { defineConfig } from "@playwright/test";

// Browser tests run the production build on a port other than 3000, on a fresh embedded data
// folder (so the first-start seed is exercised) or on DATABASE_URL with SEED_DEMO=1.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// scripts/e2e.ts empties it before each run (not here: every worker loads this file).
export const E2E_DATA_DIR = path.resolve(".data-e2e");
const dataDir = E2E_DATA_DIR;

export default defineConfig({
  outputDir: "test-results",
  // The browser tests of the app, and the security cases of issue 7 that need a real browser
  // (CSP, headers, cross-origin writes): those sign in through the form, never the saved sessions.
  projects: [
    { name: "e2e", testDir: "tests/e2e" },
    { name: "security", testDir: "tests/security/browser" },
  ],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/serve.ts",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO: "1", DEMO: "1" } : {}),
    },
  },
});
