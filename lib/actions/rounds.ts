"use server";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { assignRoundInspector } from "@/lib/server/rounds/assign-round-inspector";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { previewRoundDraw } from "@/lib/server/rounds/preview-round-draw";
import { reopenRound } from "@/lib/server/rounds/reopen-round";
import { startRound } from "@/lib/server/rounds/start-round";
import type { SubmitCheckInput } from "@/lib/validation/checks";
import type { RoundDrawPreviewInput } from "@/lib/validation/round-form";
import type { CreateRoundInput } from "@/lib/validation/rounds";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createRoundAction(input: CreateRoundInput) {
  return refreshOnSuccess(await runAction((actor) => createRound(actor, input)));
}

/** The sites a draw would take, shown before 创建 (nothing is written). */
export async function previewRoundDrawAction(input: RoundDrawPreviewInput) {
  return runAction((actor) => previewRoundDraw(actor, input));
}

export async function startRoundAction(input: { id: string }) {
  return refreshOnSuccess(await runAction((actor) => startRound(actor, input)));
}

export async function closeRoundAction(input: { id: string }) {
  return refreshOnSuccess(await runAction((actor) => closeRound(actor, input)));
}

export async function reopenRoundAction(input: { id: string; reason: string }) {
  return refreshOnSuccess(await runAction((actor) => reopenRound(actor, input)));
}

export async function assignRoundInspectorAction(input: { roundId: string; siteId: string; inspectorId: string | null }) {
  return refreshOnSuccess(await runAction((actor) => assignRoundInspector(actor, input)));
}

/** 案头录入: the office records a desk (non-field) criterion's outcome; the same clientKey again saves nothing new. */
export async function submitDeskCheckAction(input: Omit<SubmitCheckInput, "photos" | "siteId">) {
  return refreshOnSuccess(await runAction(async (actor) => (await submitCheck(actor, { ...input, siteId: null })).check));
}
