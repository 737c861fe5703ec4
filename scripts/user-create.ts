import crypto from "node:crypto";
import { parseArgs } from "node:util";

// npm run user:create -- --email admin@city.gov.cn --name 张三 [--password …]
// Creates the first system admin of a deployment. Without --password a temporary one is printed;
// it must be changed at first sign-in.
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } } });
if (!values.email || !values.name) {
  console.error("用法 Usage: npm run user:create -- --email <email> --name <姓名> [--password <password>]");
  process.exit(1);
}

const { db, disconnectDb } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { writeAuditEntry } = await import("@/lib/server/audit/write-audit-entry");
const { closeEmbeddedDatabase } = await import("@/lib/server/system/embedded-database");

const email = values.email.trim().toLowerCase();
const password = values.password ?? `Cw-${crypto.randomBytes(6).toString("base64url")}9`;
try {
  const passwordHash = await hashPassword(password);
  const user = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) throw new Error(`该邮箱已存在 (already exists): ${email}`);
    const created = await tx.user.create({
      data: { email, name: values.name!, passwordHash, mustChangePassword: true, memberships: { create: { role: "SYSTEM_ADMIN" } } },
    });
    await writeAuditEntry(tx, null, { action: "user.create", entityType: "User", entityId: created.id, after: { email, role: "SYSTEM_ADMIN" } });
    return created;
  });
  console.log(`已创建系统管理员 Created SYSTEM_ADMIN ${user.email}`);
  if (!values.password) console.log(`临时密码 Temporary password (change at first sign-in): ${password}`);
} catch (error) {
  console.error(`创建失败 Failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await closeEmbeddedDatabase();
}
