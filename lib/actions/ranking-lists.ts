"use server";
import { createRankingList } from "@/lib/server/ranking-lists/create-ranking-list";
import { deleteRankingList } from "@/lib/server/ranking-lists/delete-ranking-list";
import { reorderRankingLists } from "@/lib/server/ranking-lists/reorder-ranking-lists";
import { updateRankingList } from "@/lib/server/ranking-lists/update-ranking-list";
import type { CreateRankingListInput, RankingListVersionInput, ReorderRankingListsInput, UpdateRankingListInput } from "@/lib/validation/ranking-lists";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

export async function createRankingListAction(input: CreateRankingListInput) {
  return refreshOnSuccess(await runAction((actor) => createRankingList(actor, input)));
}

export async function updateRankingListAction(input: UpdateRankingListInput) {
  return refreshOnSuccess(await runAction((actor) => updateRankingList(actor, input)));
}

export async function deleteRankingListAction(input: RankingListVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deleteRankingList(actor, input)));
}

export async function reorderRankingListsAction(input: ReorderRankingListsInput) {
  return refreshOnSuccess(await runAction((actor) => reorderRankingLists(actor, input)));
}
