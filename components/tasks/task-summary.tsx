import Link from "next/link";
import type { ProgressRollup } from "@/lib/domain/tasks/progress-rollup";
import type { Translate } from "@/lib/i18n/translate";

const CARDS = [
  { key: "total", tone: "text-slate-900" },
  { key: "completed", tone: "text-green-700" },
  { key: "inProgress", tone: "text-sky-700" },
  { key: "notStarted", tone: "text-slate-700" },
  { key: "overdue", tone: "text-red-700" },
] as const;

/** The overall roll-up as cards, the completion rate with its arithmetic last. */
export function TaskSummary({ overall, awaitingAcknowledgement, t }: { overall: ProgressRollup; awaitingAcknowledgement: number; t: Translate }) {
  return (
    <section aria-labelledby="task-summary-heading" className="mb-5">
      <h2 id="task-summary-heading" className="sr-only">
        {t("tasks.summary.heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {CARDS.map(({ key, tone }) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-500">{t(`tasks.summary.${key}`)}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${tone}`}>{overall[key]}</dd>
          </div>
        ))}
        <div className="col-span-2 rounded-lg border border-slate-200 bg-white p-3 sm:col-span-1">
          <dt className="text-xs text-slate-500">{t("tasks.summary.rate")}</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums">
            {overall.rate === null ? t("tasks.summary.noRate") : `${overall.rate.toFixed(1)}%`}
          </dd>
          <dd className="text-xs text-slate-600 tabular-nums">{overall.arithmetic ?? t("tasks.summary.noRate")}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-500">{t("tasks.summary.rateHint")}</p>
      {awaitingAcknowledgement > 0 && (
        <p className="mt-2 text-sm">
          <Link href="/tasks?dispatchStatus=DISPATCHED" className="font-medium text-amber-800 hover:underline">
            {t("tasks.summary.awaitingAcknowledgement", { count: awaitingAcknowledgement })}
          </Link>
        </p>
      )}
    </section>
  );
}
