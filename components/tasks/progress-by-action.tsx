import Link from "next/link";
import { ActionProgressChart } from "@/components/charts/action-progress-chart";
import type { TaskProgress } from "@/lib/server/tasks/get-task-progress";
import type { Translate } from "@/lib/i18n/translate";
import { ProgressBar } from "./progress-bar";
import { ProgressCounts } from "./progress-counts";

/** One card per action: its completion bar with the arithmetic, the counts and a small stacked chart. */
export function ProgressByAction({ rows, t }: { rows: TaskProgress["byAction"]; t: Translate }) {
  if (rows.length === 0) return null;
  const labels = {
    completed: t("tasks.summary.completed"),
    inProgress: t("tasks.summary.inProgress"),
    notStarted: t("tasks.summary.notStarted"),
    overdue: t("tasks.summary.overdue"),
  };
  return (
    <section aria-labelledby="progress-by-action" className="mb-5">
      <h2 id="progress-by-action" className="mb-2 text-base font-semibold text-slate-900">
        {t("tasks.byAction.heading")}
      </h2>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <li key={row.action.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-baseline justify-between gap-2">
              <Link href={`/tasks?action=${encodeURIComponent(row.action.id)}`} className="font-medium text-slate-900 hover:underline">
                {row.action.name}
              </Link>
              <span className="text-xs text-slate-500 tabular-nums">{t("tasks.byAction.total", { count: row.total })}</span>
            </div>
            <ProgressBar rollup={row} label={t("tasks.byAction.barLabel", { name: row.action.name })} t={t} />
            <ProgressCounts rollup={row} t={t} />
            <ActionProgressChart counts={row} labels={labels} title={t("tasks.byAction.chartLabel", { name: row.action.name })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
