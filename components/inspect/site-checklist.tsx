"use client";
import { useT } from "@/lib/i18n/client";
import { fetchChecklist } from "@/lib/inspect/inspect-api";
import { Button } from "@/components/ui/button";
import { CriterionCard } from "./criterion-card";
import { RemoteState } from "./remote-state";
import { SiteRefusal } from "./site-refusal";
import { itemKey, type QueueView } from "./use-check-queue";
import { useRemote } from "./use-remote";

type Props = { roundId: string; siteId: string; queue: QueueView; onBack: () => void };

/** One site's checklist: every applicable criterion with its rubric in plain Chinese and its control. */
export function SiteChecklist({ roundId, siteId, queue, onBack }: Props) {
  const t = useT();
  const remote = useRemote(() => fetchChecklist(roundId, siteId), [roundId, siteId], queue.savedCount);
  const queuedFor = (criterionId: string) => queue.items.find((item) => item.roundId === roundId && item.siteId === siteId && item.criterionId === criterionId);
  const items = remote.data?.items ?? [];
  const openItems = items.filter((item) => !item.check && !queuedFor(item.criterion.id));

  return (
    <section className="space-y-3">
      <Button variant="ghost" className="min-h-12 px-2" onClick={onBack}>
        ← {t("inspect.checklist.back")}
      </Button>
      {remote.data && <p className="text-sm text-slate-600">{t("inspect.checklist.remaining", { open: openItems.length, total: items.length })}</p>}
      <RemoteState remote={remote} isEmpty={items.length === 0} emptyText={t("inspect.checklist.empty")} />
      <SiteRefusal roundId={roundId} siteId={siteId} openItems={openItems} onEnqueue={queue.enqueue} />
      <div className="space-y-3">
        {items.map((item) => (
          <CriterionCard
            key={item.criterion.id}
            roundId={roundId}
            siteId={siteId}
            item={item}
            queued={queuedFor(item.criterion.id)}
            existingNotice={queue.existing[itemKey(item.criterion.id, siteId)]}
            onEnqueue={queue.enqueue}
            onRevise={queue.revise}
            onDiscard={queue.discard}
            isOnline={queue.isOnline}
            onCorrected={remote.reload}
          />
        ))}
      </div>
    </section>
  );
}
