import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { BUILD_HASH_FILE, isBuildCurrent, sourceHash } from "./lib/source-hash";

// `npm run build`: a production build, skipped when the sources have not changed (--force rebuilds).
export function ensureBuild(force = false): void {
  if (!force && isBuildCurrent()) {
    console.log("✓ 已有最新构建，跳过 next build (build is up to date)");
    return;
  }
  console.log("… 正在构建应用 (next build)，首次约需 1–2 分钟");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  // Hashed after building: next build may normalise tsconfig.json, which is one of the inputs.
  fs.writeFileSync(BUILD_HASH_FILE, sourceHash());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBuild(process.argv.includes("--force"));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
