import { todayInShanghai } from "@/lib/domain/dates";
import type { Tx } from "@/lib/server/tx";
import type { ReplyResult } from "@/lib/validation/findings";
import { evidencePhoto } from "./finding-photos";
import { findingItemInclude, toFindingItem } from "./finding-item";

/** A saved reply (REPLIED event) with its photos and the finding as it is now. */
export async function replyResultOf(tx: Tx, eventId: string): Promise<ReplyResult> {
  const event = await tx.rectificationEvent.findUniqueOrThrow({
    where: { id: eventId },
    include: { evidence: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } }, finding: { include: findingItemInclude } },
  });
  return {
    reply: { id: event.id, text: event.note, clientKey: event.clientKey, createdAt: event.createdAt.toISOString(), photos: event.evidence.map(evidencePhoto) },
    finding: toFindingItem(event.finding, todayInShanghai()),
  };
}
