import fs from "node:fs";
import path from "node:path";
import { restoreEmbedded, restorePostgres } from "@/lib/server/system/backup";

// npm run db:restore -- <file>: restores into an EMPTY database (a fresh DATA_DIR, or an empty PostgreSQL database).
const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("用法 Usage: npm run db:restore -- <backup file>");
  process.exit(1);
}
try {
  const url = process.env.DATABASE_URL;
  if (url) restorePostgres(path.resolve(file), url);
  else await restoreEmbedded(path.resolve(file), path.resolve(process.env.DATA_DIR ?? "./.data"));
  console.log("恢复完成 Restore complete.");
} catch (error) {
  console.error(`恢复失败 Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
