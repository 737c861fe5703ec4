import { NextResponse } from "next/server";
import { databaseKind } from "@/lib/db";
import { checkHealth } from "@/lib/server/system/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = databaseKind();
  const health = await checkHealth();
  if (!health.ok) return NextResponse.json({ status: "error", database, message: health.message }, { status: 503 });
  return NextResponse.json({ status: "ok", database, schema: health.schema });
}
