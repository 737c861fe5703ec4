import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type BenchServer = { baseUrl: string; stop: () => Promise<void> };

const START_TIMEOUT_MS = 300_000;

/**
 * Starts the production app the way `npm start` does (the caller builds it first: see ensureBuild)
 * on a loopback port, with a fresh embedded database in a temporary folder, so
 * the demo is seeded and nothing of the developer's data is touched; or, given `databaseUrl` (the
 * scale bench, already checked to be loopback), on that PostgreSQL database as it is, seeding nothing.
 * `env` adds variables (the public bench's query counter). Resolves once /api/health answers ok.
 */
export async function serveForBench(port: number, options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<BenchServer> {
  // Holds the session secret only, with a PostgreSQL database.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chuangwen-bench-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NEXTAUTH_URL: baseUrl,
    DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    delete env.DEMO;
    delete env.SEED_DEMO;
  }
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/serve.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  // Kept for the error message when the app does not come up.
  const lastLines: string[] = [];
  const keep = (chunk: Buffer) => {
    lastLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lastLines.splice(0, Math.max(0, lastLines.length - 30));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then(async (response) => response.ok && (await response.json()).status === "ok")
      .catch(() => false);
    if (healthy) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await stop();
  throw new Error(`the app did not start for the bench:\n${lastLines.join("\n")}`);
}
