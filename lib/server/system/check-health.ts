import { db } from "@/lib/db";
import { schemaState } from "./prepare-database";

export type Health = { ok: true; schema: "up-to-date" | "pending" } | { ok: false; message: string };

export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, schema: await schemaState() };
  } catch (error) {
    return { ok: false, message: `数据库不可用：${(error as Error).message}` };
  }
}
