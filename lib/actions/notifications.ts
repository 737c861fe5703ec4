"use server";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import type { MarkNotificationsReadInput } from "@/lib/validation/notifications";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

/** `{ ids }` or `{ all: true }`: the caller's own notifications only; returns `{ count }`. */
export async function markNotificationsReadAction(input: MarkNotificationsReadInput) {
  return refreshOnSuccess(await runAction((actor) => markNotificationsRead(actor, input)));
}
