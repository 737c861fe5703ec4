import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** A record outside the actor's scope (404) or a page its role may not read (403) is "not found" to them. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && (error.status === 404 || error.status === 403)) notFound();
    throw error;
  }
}
