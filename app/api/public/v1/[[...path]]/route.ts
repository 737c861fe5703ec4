import { withPublicApi } from "@/lib/api/public/with-public-api";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// Any /api/public/v1 path no route claims (Next prefers every specific route over this catch-all):
// the JSON envelope for every method, counted by the rate limit like any other public request.
const notFound = withPublicApi<{ path?: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "接口不存在，请查阅 /api/v1/openapi.json。", 404);
});

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
