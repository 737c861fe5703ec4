"use server";
import { recordRecheck } from "@/lib/server/findings/record-recheck";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

type RecordRecheckInput = { roundId: string; findingId: string; result: "CONFIRMED" | "NOT_FIXED"; note?: string };

/** 回头看: the office or the round's inspector records one re-check; 未整改到位 must say what was found. */
export async function recordRecheckAction(input: RecordRecheckInput) {
  return refreshOnSuccess(await runAction((actor) => recordRecheck(actor, { ...input, note: input.note?.trim() || undefined })));
}
