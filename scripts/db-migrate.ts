import { spawnSync } from "node:child_process";

// npm run db:migrate: applies pending migrations. PostgreSQL goes through the Prisma CLI with the
// offline schema engine; the embedded database through the in-process migrator (same records).
if (process.env.DATABASE_URL) {
  const result = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
} else {
  const { migrateDatabase } = await import("@/lib/server/system/prepare-database");
  const { closeEmbeddedDatabase } = await import("@/lib/server/system/embedded-database");
  try {
    const applied = await migrateDatabase();
    console.log(applied.length ? `已应用迁移 Applied: ${applied.join(", ")}` : "数据库结构已是最新 Already up to date.");
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await closeEmbeddedDatabase();
  }
}
