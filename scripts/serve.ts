import http from "node:http";
import path from "node:path";
import next from "next";
import { ensureAuthSecret } from "./lib/runtime-secrets";
import { ensureBuild } from "./build";

// `npm start` / `npm run dev`: one process owns the embedded database. It migrates and seeds
// before it listens, so /api/health answers only once the database is ready.
const isDev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const dataDir = path.resolve(process.env.DATA_DIR ?? "./.data");
const port = Number(process.env.PORT ?? 3000);
process.env.NEXTAUTH_SECRET = ensureAuthSecret(dataDir);
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

async function main() {
  const started = Date.now();
  if (!isDev) ensureBuild();
  // Imported after the environment is settled: lib/env reads it once.
  const { env } = await import("@/lib/env");
  const { prepareForServing } = await import("./lib/prepare-for-serving");
  const { closeEmbeddedDatabase } = await import("@/lib/server/system/embedded-database");
  const { disconnectDb } = await import("@/lib/db");

  const summary = await prepareForServing();
  const app = next({ dev: isDev, dir: process.cwd(), port, hostname: "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { stampClientAddress } = await import("@/lib/auth/stamp-client-address");
  const trustProxy = env().TRUST_PROXY;
  const server = http.createServer((req, res) => {
    stampClientAddress(req, trustProxy);
    void handle(req, res);
  });
  const { applyTransportSecurity } = await import("@/lib/security/server-transport-security");
  const { isHttpsUrl } = await import("@/lib/security/security-headers");
  applyTransportSecurity(server, isHttpsUrl(env().NEXTAUTH_URL));
  server.listen(port, () => {
    console.log(`\n创文已启动 Chuangwen is running: ${env().NEXTAUTH_URL}  (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    console.log(summary);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: 正在停止 (stopping)…`);
    server.close();
    await disconnectDb().catch(() => undefined);
    await closeEmbeddedDatabase().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(async (error) => {
  console.error(`\n启动失败 (start failed): ${(error as Error).message}`);
  const { closeEmbeddedDatabase } = await import("@/lib/server/system/embedded-database");
  await closeEmbeddedDatabase().catch(() => undefined);
  process.exit(1);
});
