"use server";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";
import { redirectFinding } from "@/lib/server/findings/redirect-finding";
import { reopenFinding } from "@/lib/server/findings/reopen-finding";
import { verifyFinding } from "@/lib/server/findings/verify-finding";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

// The office's finding actions from the screens; the liaison's reply (with photos) goes to
// /api/v1/findings/{id}/rectifications, since uploads do not fit a server action.

/** 交办 (bulk): `{ count, skipped: [{ id, reason }] }`. */
export async function dispatchFindingsAction(input: { ids: string[] }) {
  return refreshOnSuccess(await runAction((actor) => dispatchFindings(actor, input)));
}

export async function verifyFindingAction(input: { id: string; decision: "ACCEPT" | "RETURN"; comment?: string; version: number }) {
  return refreshOnSuccess(await runAction((actor) => verifyFinding(actor, input)));
}

export async function reopenFindingAction(input: { id: string; reason: string; falseRectification: boolean; version: number }) {
  return refreshOnSuccess(await runAction((actor) => reopenFinding(actor, input)));
}

export async function redirectFindingAction(input: { id: string; departmentId: string; version: number }) {
  return refreshOnSuccess(await runAction((actor) => redirectFinding(actor, input)));
}
