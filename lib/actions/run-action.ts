import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/current-actor";
import { AppError, type FieldErrors } from "@/lib/errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: FieldErrors; code?: string; details?: unknown };

// The server-action side of the one wrapper: authenticate, call the use case (which validates,
// checks permission, runs the transaction and audits), and turn errors into one result shape.
export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const actor = await getSessionActor();
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", formError: "登录已过期，请重新登录。" };
    return { ok: true, data: await fn(actor) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, formError: error.fieldErrors ? undefined : error.message, fieldErrors: error.fieldErrors, details: error.details };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, code: "INTERNAL", formError: "操作失败，请稍后重试。" };
  }
}
