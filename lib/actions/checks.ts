"use server";
import { correctCheck } from "@/lib/server/checks/correct-check";
import type { CheckOutcomeInput, VisitStatus } from "@/lib/validation/checks";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

type CorrectCheckInput = { id: string; version: number; visitStatus: VisitStatus; outcome: CheckOutcomeInput | null; note: string | null };

/** 更正 from the round page: the use case keeps every rule (who may, until the round closes, the version read). */
export async function correctCheckAction(input: CorrectCheckInput) {
  return refreshOnSuccess(await runAction((actor) => correctCheck(actor, input)));
}
