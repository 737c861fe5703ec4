import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { openEmbeddedDatabase, currentEmbeddedDatabase } from "@/lib/server/system/embedded-database";

// One Prisma client per process (house rule 2), reused across hot reloads. The adapter follows
// the configuration: PostgreSQL through node-postgres when DATABASE_URL is set, else the
// in-process embedded PostgreSQL (never multiplexed: see docs/decisions/002).
const store = globalThis as unknown as { __chuangwenPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, dataDir } = env();
  const adapter = DATABASE_URL
    ? new PrismaPg({ connectionString: DATABASE_URL, max: 10 })
    : new PrismaPGlite(currentEmbeddedDatabase() ?? openEmbeddedDatabase(dataDir));
  return new PrismaClient({
    adapter,
    // Password hashes never leave lib/server unless a use case asks for them explicitly.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createClient>;

export function db(): Db {
  store.__chuangwenPrisma ??= createClient();
  return store.__chuangwenPrisma as Db;
}

export async function disconnectDb(): Promise<void> {
  const client = store.__chuangwenPrisma;
  store.__chuangwenPrisma = undefined;
  await client?.$disconnect();
}

export function databaseKind(): "embedded" | "postgres" {
  return env().DATABASE_URL ? "postgres" : "embedded";
}
