import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/current-actor";
import { authenticateToken } from "@/lib/server/auth/authenticate-token";
import { unauthenticated } from "@/lib/errors";
import { errorResponse } from "./responses";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (ctx: { actor: Actor; request: NextRequest; params: P }) => Promise<Response>;

async function resolveActor(request: NextRequest): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return authenticateToken(authorization.slice(7).trim());
  return getSessionActor();
}

// Every /api/v1 route goes through here: a session cookie or a Bearer token, 401 as JSON
// (never a redirect), and every error mapped to the envelope of conventions.md. Validation,
// permission, transaction and audit happen in the use case the handler calls.
export function withApi<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await resolveActor(request);
      if (!actor) throw unauthenticated();
      return await handler({ actor, request, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body; a malformed one is a 422 like any other invalid input. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return Symbol.for("invalid-json");
  }
}
