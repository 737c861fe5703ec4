import "server-only";
import { refresh } from "next/cache";
import type { ActionResult } from "./run-action";

/** After a change the pages showing it re-render with fresh data (they are all dynamic). */
export function refreshOnSuccess<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) refresh();
  return result;
}
