"use server";
import { answerAppeal } from "@/lib/server/appeals/answer-appeal";
import { fileAppeal } from "@/lib/server/appeals/file-appeal";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

/** 申诉: the liaison's appeal against its department's draft result of a round. */
export async function fileAppealAction(input: { roundId: string; reason: string }) {
  return refreshOnSuccess(await runAction((actor) => fileAppeal(actor, input)));
}

/** The office's answer to an appeal, naming the version it read. */
export async function answerAppealAction(input: { id: string; answer: string; version: number }) {
  return refreshOnSuccess(await runAction((actor) => answerAppeal(actor, input)));
}
