import path from "node:path";
import { backupEmbedded, backupPostgres } from "@/lib/server/system/backup";

// npm run db:backup [-- <file>]: a backup of the configured database (stop the app first when embedded).
const url = process.env.DATABASE_URL;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join("backups", `chuangwen-${url ? "postgres" : "embedded"}-${stamp}.${url ? "dump" : "tar.gz"}`));

try {
  if (url) backupPostgres(url, file);
  else await backupEmbedded(path.resolve(process.env.DATA_DIR ?? "./.data"), file);
  console.log(`备份完成 Backup written: ${file}`);
} catch (error) {
  console.error(`备份失败 Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
