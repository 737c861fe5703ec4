import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { TaskDetail } from "@/lib/server/tasks/get-task-detail";
import { DispatchBadge, TaskStatusBadge } from "./task-table-badges";

const OCCURRENCE_TONE = { COMPLETED: "green", REPORTED: "blue", MISSED: "red", OPEN: "neutral" } as const;

/**
 * What the task is: action, departments, person, target, deadline or recurrence (with each
 * occurrence), criteria, status. Dispatch times and sign-off are the dispatch panel's.
 */
export function TaskHeader({ detail, t }: { detail: TaskDetail; t: Translate }) {
  const { task, criteria, occurrences } = detail;
  const none = t("tasks.table.none");
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1.5 sm:grid-cols-[9rem_1fr]">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{value}</dd>
    </div>
  );
  return (
    <section aria-label={t("tasks.detail.about")} className="mb-5 rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <TaskStatusBadge status={task.status} t={t} />
        <DispatchBadge dispatchStatus={task.dispatchStatus} t={t} />
      </div>
      <dl className="divide-y divide-slate-100">
        {row(t("tasks.detail.action"), task.action.name)}
        {row(t("tasks.detail.lead"), task.leadDepartment.name)}
        {row(t("tasks.detail.co"), task.coDepartments.map((department) => department.name).join("、") || none)}
        {row(t("tasks.detail.responsible"), task.responsiblePerson ?? none)}
        {task.description && row(t("tasks.detail.description"), <span className="whitespace-pre-line">{task.description}</span>)}
        {row(t("tasks.detail.target"), task.target ?? none)}
        {task.recurrence === "NONE"
          ? row(t("tasks.detail.deadline"), task.deadline ?? none)
          : row(t("tasks.detail.recurrence"), t(`tasks.recurrence.${task.recurrence}`))}
        {row(
          t("tasks.detail.criteria"),
          criteria.length === 0 ? (
            none
          ) : (
            <ul className="space-y-0.5">
              {criteria.map((criterion) => (
                <li key={criterion.id}>
                  <span className="font-mono text-xs text-slate-600">{criterion.code}</span> {criterion.name}{" "}
                  <span className="text-xs text-slate-500">{t("tasks.detail.points", { points: criterion.points })}</span>
                </li>
              ))}
            </ul>
          ),
        )}
      </dl>
      {task.recurrence !== "NONE" && (
        <div className="mt-3">
          <h2 className="mb-1 text-sm font-semibold text-slate-900">{t("tasks.detail.occurrences")}</h2>
          {occurrences.length === 0 ? (
            <p className="text-sm text-slate-500">{t("tasks.detail.noOccurrences")}</p>
          ) : (
            <ol className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
              {occurrences.map((occurrence) => (
                <li key={occurrence.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1 text-sm">
                  <span className="tabular-nums">
                    {t("tasks.detail.occurrencePeriod", { start: occurrence.periodStart, end: occurrence.periodEnd, due: occurrence.dueDate })}
                  </span>
                  <Badge tone={OCCURRENCE_TONE[occurrence.state]}>{t(`tasks.occurrenceState.${occurrence.state}`)}</Badge>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
