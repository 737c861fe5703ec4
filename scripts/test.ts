import { spawnSync } from "node:child_process";

// `npm test`: every tier in order, stopping at the first failure, with the time each took.
// The database is the embedded one unless DATABASE_URL is set (then a loopback PostgreSQL).
process.env.NEXT_TELEMETRY_DISABLED = "1";

const STAGES: Array<{ name: string; command: string[] }> = [
  { name: "lint", command: ["node_modules/eslint/bin/eslint.js", "."] },
  { name: "format", command: ["node_modules/prettier/bin/prettier.cjs", "--check", "."] },
  { name: "typecheck", command: ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."] },
  { name: "unit", command: ["node_modules/vitest/vitest.mjs", "run", "--project", "unit"] },
  { name: "integration", command: ["node_modules/vitest/vitest.mjs", "run", "--project", "integration"] },
  { name: "security", command: ["node_modules/vitest/vitest.mjs", "run", "--project", "security"] },
  { name: "e2e", command: ["node_modules/tsx/dist/cli.mjs", "scripts/e2e.ts"] },
];

const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite";
console.log(`npm test on ${database}`);
const timings: string[] = [];
for (const stage of STAGES) {
  const started = Date.now();
  console.log(`\n▶ ${stage.name}`);
  const result = spawnSync(process.execPath, stage.command, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${stage.name} ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${stage.name} failed after ${seconds}s (${timings.join(", ")})`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ all tiers passed on ${database}: ${timings.join(", ")}`);
