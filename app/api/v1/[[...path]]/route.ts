import { jsonError } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

// Any /api/v1 path no route claims (Next prefers every specific route over this catch-all):
// the JSON envelope of conventions.md for every method, never Next's HTML 404 page.
const notFound = async () => jsonError("NOT_FOUND", "接口不存在，请查阅 /api/v1/openapi.json。", 404);

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
