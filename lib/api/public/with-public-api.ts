import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/responses";
import { assertCleanPathParams, assertCleanQuery } from "@/lib/api/url-control-characters";
import type { ApiRequest } from "@/lib/api/with-api";
import { isNotModified, strongEtag } from "./etag";
import { publicRequestBody, type PublicRequestBody } from "./public-body";
import { isReadMethod, NO_STORE, PUBLIC_CACHE_CONTROL, withCorsReadHeaders, withSecurityHeaders } from "./public-headers";
import { hitPublicApiLimit } from "./public-rate-limit";

type RouteContext<P> = { params: Promise<P> };

type PublicHandler<P> = (ctx: {
  request: ApiRequest;
  params: P;
  /** The client's address as the launcher sealed it (never X-Forwarded-For); "unknown" outside it. */
  clientAddress: string;
  body: PublicRequestBody;
}) => Promise<Response>;

export type PublicApiOptions = {
  /** Cache-Control of a successful read (default: public for a minute); `no-store` also drops the ETag. */
  cacheControl?: string;
  /** Reads are open to every origin unless a route says otherwise; writes never are. */
  isCrossOrigin?: boolean;
};

const rateLimited = (retryAfterSeconds: number) => {
  const response = errorResponse(new AppError("RATE_LIMITED", `请求过于频繁，请 ${retryAfterSeconds} 秒后再试。`, 429));
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
};

// A successful read is validated by its bytes: the same document gives the same strong ETag on
// every instance, and a client that holds it gets 304 with no body.
async function cacheable(response: Response, request: NextRequest, cacheControl: string): Promise<Response> {
  const headers = new Headers(response.headers);
  if (!headers.has("cache-control")) headers.set("Cache-Control", cacheControl);
  if (headers.get("cache-control") === NO_STORE) return new Response(response.body, { status: response.status, headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const etag = strongEtag(bytes);
  headers.set("ETag", etag);
  if (isNotModified(request.headers.get("if-none-match"), etag)) {
    for (const name of ["content-type", "content-length", "content-disposition"]) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes, { status: response.status, headers });
}

/**
 * Every /api/public/v1 route goes through here: no sign-in, a rate limit per client address
 * (429 with Retry-After before anything is read), no control character in the URL, the error
 * envelope of conventions.md, CORS open for reads, ETag and Cache-Control on successful reads,
 * and the common security headers on every answer.
 */
export function withPublicApi<P = Record<string, never>>(handler: PublicHandler<P>, options: PublicApiOptions = {}) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const isRead = isReadMethod(request.method);
    const clientAddress = clientIp(request.headers);
    let response: Response;
    const limit = hitPublicApiLimit(clientAddress);
    if (!limit.isAllowed) response = rateLimited(limit.retryAfterSeconds);
    else {
      try {
        const params = await context.params;
        assertCleanPathParams(params);
        assertCleanQuery(request.nextUrl.searchParams);
        response = await handler({ request, params, clientAddress, body: publicRequestBody(request) });
        if (isRead && response.status === 200) response = await cacheable(response, request, options.cacheControl ?? PUBLIC_CACHE_CONTROL);
      } catch (error) {
        response = errorResponse(error);
      }
    }
    if (response.status >= 400) response.headers.set("Cache-Control", NO_STORE);
    if (isRead && options.isCrossOrigin !== false) withCorsReadHeaders(response);
    return withSecurityHeaders(response);
  };
}
