import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What a production build depends on. When its hash matches the one stored beside the build,
// `npm start` and `npm test` reuse the build instead of rebuilding.
const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "types",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function walk(target: string, out: string[]) {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isFile()) return void out.push(target);
  for (const entry of fs.readdirSync(target).sort()) {
    if (entry === "node_modules" || entry.endsWith(".test.ts") || entry.endsWith(".test.tsx")) continue;
    walk(path.join(target, entry), out);
  }
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = crypto.createHash("sha256");
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export const BUILD_HASH_FILE = path.join(".next", "chuangwen-source-hash");

export function isBuildCurrent(root = process.cwd()): boolean {
  const stored = path.join(root, BUILD_HASH_FILE);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stored) && fs.readFileSync(stored, "utf8") === sourceHash(root);
}
