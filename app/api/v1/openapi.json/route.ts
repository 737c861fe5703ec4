import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

// Public on purpose: the document describes the API, it exposes no data.
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
