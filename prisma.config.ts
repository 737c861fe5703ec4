import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI only needs a URL for commands that touch a database (migrate, db); generate and
// validate work without one. The embedded database is migrated in-process (lib/server/system/migrate).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
