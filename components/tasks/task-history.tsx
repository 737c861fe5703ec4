import type { Translate } from "@/lib/i18n/translate";
import type { TaskHistoryEntry } from "@/lib/server/tasks/task-history";

/** A Chinese description of an audited action; a review says whether it returned or accepted; unknown actions show their name. */
export function describeAction(entry: Pick<TaskHistoryEntry, "action" | "reviewStatus">, t: Translate): string {
  const key =
    entry.action === "ledger-entry.review" && entry.reviewStatus ? `tasks.history.review.${entry.reviewStatus}` : `tasks.history.actions.${entry.action}`;
  const text = t(key);
  return text === key ? entry.action : text;
}

/** The task's audit trail, newest first: who did what and when (Asia/Shanghai). */
export function TaskHistory({ entries, t }: { entries: TaskHistoryEntry[]; t: Translate }) {
  return (
    <section aria-labelledby="task-history" className="mt-6">
      <h2 id="task-history" className="mb-2 text-base font-semibold text-slate-900">
        {t("tasks.history.heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("tasks.history.empty")}</p>
      ) : (
        <ol className="space-y-1 rounded-lg border border-slate-200 bg-white p-3">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <time dateTime={entry.at} className="text-slate-500 tabular-nums">
                {entry.atText}
              </time>
              <span className="text-slate-900">{entry.actorLabel}</span>
              <span className="text-slate-700">{describeAction(entry, t)}</span>
              {entry.entityType === "LedgerEntry" && <span className="text-xs text-slate-500">{t("tasks.history.onEntry")}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
