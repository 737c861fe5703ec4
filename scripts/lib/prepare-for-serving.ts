import { env } from "@/lib/env";
import { migrateDatabase, schemaState } from "@/lib/server/system/prepare-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

/** Migrates (embedded) and seeds the demo (embedded when new, or SEED_DEMO=1); returns what to print. */
export async function prepareForServing(): Promise<string> {
  const { isEmbedded, SEED_DEMO, DEMO_PASSWORD } = env();
  const lines: string[] = [];
  if (isEmbedded) {
    const applied = await migrateDatabase();
    lines.push(`数据库：内置 PostgreSQL（${env().dataDir}），${applied.length ? `已应用 ${applied.length} 个迁移` : "结构已是最新"}`);
  } else {
    const state = await schemaState();
    lines.push(`数据库：PostgreSQL，结构${state === "pending" ? "有待应用的迁移，请运行 npm run db:migrate" : "已是最新"}`);
  }
  if (isEmbedded || SEED_DEMO === "1") {
    const { created } = await seedDemo({ password: DEMO_PASSWORD });
    if (created) lines.push("已生成演示数据 (demo data seeded)");
    lines.push("", "演示账户 Demo accounts（密码 password: " + DEMO_PASSWORD + "）:");
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(24)} ${account.role.padEnd(20)} ${account.scope}`);
  }
  return lines.join("\n");
}
