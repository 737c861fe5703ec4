"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { dispatchFindingsAction } from "@/lib/actions/findings";
import { useT } from "@/lib/i18n/client";

type Outcome = { tone: "ok" | "error"; message: string; skipped: { id: string; reason: string }[] };

/** 交办 on the selected findings; the outcome names every finding that was skipped and why. */
export function FindingBulkBar({ selectedIds, titles, onDone }: { selectedIds: string[]; titles: Record<string, string>; onDone: () => void }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const dispatch = () =>
    startTransition(async () => {
      const result = await dispatchFindingsAction({ ids: [...selectedIds] });
      if (!result.ok) return setOutcome({ tone: "error", message: errorMessage(t, result), skipped: [] });
      const { count, skipped } = result.data;
      setOutcome({ tone: "ok", message: t("findings.bulk.dispatched", { count, skipped: skipped.length }), skipped });
      onDone();
    });

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <span className="text-sm text-slate-700" aria-live="polite">
        {t("findings.bulk.selected", { count: selectedIds.length })}
      </span>
      <Button size="sm" variant="primary" disabled={selectedIds.length === 0 || isPending} onClick={dispatch}>
        {t("findings.bulk.dispatch")}
      </Button>
      {isPending && <span className="text-sm text-slate-500">{t("findings.bulk.working")}</span>}
      {outcome && (
        <div role="status" className={`w-full text-sm ${outcome.tone === "ok" ? "text-green-800" : "text-red-700"}`}>
          <p>{outcome.message}</p>
          {outcome.skipped.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-600">
              {outcome.skipped.map((item) => (
                <li key={item.id}>{t("findings.bulk.skippedItem", { title: titles[item.id] ?? item.id, reason: item.reason })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
