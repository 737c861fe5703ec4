import type { Actor } from "@/lib/auth/actor";
import { todayInShanghai } from "@/lib/domain/dates";
import { getBlackListEscalations, type BlackListEscalations } from "./get-black-list-escalations";
import { getFindingDeadlines, type FindingDeadlines } from "./get-finding-deadlines";
import { getLedgerReviewQueue, type LedgerReviewQueue } from "./get-ledger-review-queue";
import { getRectificationFunnel, type RectificationFunnel } from "./get-rectification-funnel";
import { getRoundScoreTrend, type RoundScoreTrend } from "./get-round-score-trend";
import { countUnsignedTasks } from "./get-unsigned-tasks";

export type CityCockpitData = {
  roundScore: RoundScoreTrend;
  deadlines: FindingDeadlines;
  ledgerReview: LedgerReviewQueue;
  unsignedTasks: number;
  escalations: BlackListEscalations | null;
  funnel: RectificationFunnel;
};

/** Every tile of the city cockpit, read side by side with one "today" (Asia/Shanghai). */
export async function getCityCockpit(actor: Actor): Promise<CityCockpitData> {
  const today = todayInShanghai();
  const [roundScore, deadlines, ledgerReview, unsignedTasks, escalations, funnel] = await Promise.all([
    getRoundScoreTrend(actor),
    getFindingDeadlines(actor, today),
    getLedgerReviewQueue(actor),
    countUnsignedTasks(actor),
    getBlackListEscalations(actor),
    getRectificationFunnel(actor, today),
  ]);
  return { roundScore, deadlines, ledgerReview, unsignedTasks, escalations, funnel };
}
