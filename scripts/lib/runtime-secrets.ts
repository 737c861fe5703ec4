import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** NEXTAUTH_SECRET: the configured one, or one generated once and kept in DATA_DIR. */
export function ensureAuthSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "nextauth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}
