import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/current-actor";
import { authenticateToken } from "@/lib/server/auth/authenticate-token";
import { unauthenticated } from "@/lib/errors";
import { requestBody, type RequestBody } from "./body/request-body";
import { errorResponse } from "./responses";
import { assertSameOriginWrite, isBearerRequest } from "./same-origin-write";
import { assertCleanPathParams, assertCleanQuery } from "./url-control-characters";

type RouteContext<P> = { params: Promise<P> };

/** The request without its body: a handler reads the body only through `body`, after its gate. */
export type ApiRequest = Omit<NextRequest, "body" | "bodyUsed" | "json" | "text" | "formData" | "arrayBuffer" | "blob" | "bytes" | "clone">;

type Handler<P> = (ctx: { actor: Actor; request: ApiRequest; params: P; body: RequestBody }) => Promise<Response>;

async function resolveActor(request: NextRequest): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (isBearerRequest(request.headers)) return authenticateToken(authorization!.slice(7).trim());
  return getSessionActor();
}

// Every /api/v1 route goes through here: a cookie write from another site is refused before the
// session is looked up, then a session cookie or a Bearer token (401 as JSON, never a redirect),
// then no control character in the URL; the body is read only through `body`, which passes the
// use case's permission first. Every error is mapped to the envelope of conventions.md.
export function withApi<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      assertSameOriginWrite(request);
      const actor = await resolveActor(request);
      if (!actor) throw unauthenticated();
      const params = await context.params;
      assertCleanPathParams(params);
      assertCleanQuery(request.nextUrl.searchParams);
      return await handler({ actor, request, params, body: requestBody(request, actor) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
