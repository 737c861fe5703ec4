"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { dispatchTasksAction, remindTasksAction } from "@/lib/actions/tasks";
import { useT } from "@/lib/i18n/client";

type Skipped = { id: string; reason: string }[];
type Outcome = { tone: "ok" | "error"; message: string; skipped: Skipped };

type Props = { selectedIds: string[]; titles: Record<string, string>; onDone: () => void };

/** 交办 / 催办 on the selected tasks; the outcome names every task that was skipped and why. */
export function TaskBulkBar({ selectedIds, titles, onDone }: Props) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const isEmpty = selectedIds.length === 0;

  const run = (kind: "dispatch" | "remind") =>
    startTransition(async () => {
      const ids = [...selectedIds];
      if (kind === "dispatch") {
        const result = await dispatchTasksAction({ ids });
        if (!result.ok) return setOutcome({ tone: "error", message: failure(result), skipped: [] });
        setOutcome({
          tone: "ok",
          message: t("tasks.bulk.dispatched", { count: result.data.count, skipped: result.data.skipped.length }),
          skipped: result.data.skipped,
        });
      } else {
        const result = await remindTasksAction({ ids });
        if (!result.ok) return setOutcome({ tone: "error", message: failure(result), skipped: [] });
        const { count, notified, skipped } = result.data;
        setOutcome({ tone: "ok", message: t("tasks.bulk.reminded", { count, notified, skipped: skipped.length }), skipped });
      }
      onDone();
    });

  const failure = (result: { formError?: string; fieldErrors?: Record<string, string[]> }) =>
    result.formError ??
    (Object.values(result.fieldErrors ?? {})
      .flat()
      .join("；") ||
      t("common.genericError"));

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <span className="text-sm text-slate-700" aria-live="polite">
        {t("tasks.bulk.selected", { count: selectedIds.length })}
      </span>
      <Button size="sm" variant="primary" disabled={isEmpty || isPending} onClick={() => run("dispatch")}>
        {t("tasks.bulk.dispatch")}
      </Button>
      <Button size="sm" variant="secondary" disabled={isEmpty || isPending} onClick={() => run("remind")}>
        {t("tasks.bulk.remind")}
      </Button>
      {isPending && <span className="text-sm text-slate-500">{t("tasks.bulk.working")}</span>}
      {outcome && (
        <div role="status" className={`w-full text-sm ${outcome.tone === "ok" ? "text-green-800" : "text-red-700"}`}>
          <p>{outcome.message}</p>
          {outcome.skipped.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-slate-600">
              {outcome.skipped.map((item) => (
                <li key={item.id}>{t("tasks.bulk.skippedItem", { title: titles[item.id] ?? item.id, reason: item.reason })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
