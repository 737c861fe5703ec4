"use client";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import type { QueueView } from "./use-check-queue";

/** 已保存 / 待上传 n, honestly: what is still on the phone and why. */
export function SyncStatus({ queue }: { queue: QueueView }) {
  const t = useT();
  const pending = queue.items.filter((item) => item.state === "PENDING").length;
  const rejected = queue.items.filter((item) => item.state === "REJECTED").length;
  const isClear = queue.isReady && pending === 0 && rejected === 0;
  return (
    <div
      role="status"
      aria-live="polite"
      className={`rounded-lg px-3 py-2 text-sm ${isClear ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium">{queue.isOnline ? t("inspect.status.online") : t("inspect.status.offline")}</span>
        {isClear && <span>{t("inspect.status.allSaved")}</span>}
        {pending > 0 && <span data-testid="pending-count">{t("inspect.status.pending", { count: pending })}</span>}
        {rejected > 0 && <span className="text-red-700">{t("inspect.status.rejected", { count: rejected })}</span>}
        {queue.isSending && <span>{t("inspect.status.sending")}</span>}
        {pending > 0 && queue.isOnline && !queue.isSending && (
          <Button size="sm" variant="secondary" className="ml-auto min-h-10" onClick={queue.flush}>
            {t("inspect.status.sendNow")}
          </Button>
        )}
      </div>
      {queue.isSignedOut && pending > 0 && <p className="mt-1">{t("inspect.status.signedOut")}</p>}
    </div>
  );
}
