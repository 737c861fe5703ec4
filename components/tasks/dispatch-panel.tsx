import { orNotFound } from "@/components/layout/or-not-found";
import { requireActor } from "@/components/layout/require-actor";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getTaskDispatch } from "@/lib/server/tasks/get-task-dispatch";
import { DispatchControls } from "./dispatch-controls";

/**
 * 交办 and its answer on the task page: the dispatch state with its times and the last change
 * reason; the office dispatches, reminds, signs off and edits, the lead department's liaison
 * acknowledges or asks for change.
 */
export async function DispatchPanel({ taskId }: { taskId: string }) {
  const actor = await requireActor();
  const task = await orNotFound(getTaskDispatch(actor, taskId));
  const t = await getT();
  const isOffice = can(actor, "manage:task");
  const isLeadLiaison = can(actor, "acknowledge:task") && actor.departmentId === task.leadDepartmentId;
  const none = t("taskChanges.panel.notYet");
  const row = (label: string, value: string | null) => (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1 sm:grid-cols-[9rem_1fr]">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{value ?? none}</dd>
    </div>
  );
  return (
    <section aria-labelledby={`dispatch-${task.id}`} className="mb-5 rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`dispatch-${task.id}`} className="text-base font-semibold text-slate-900">
          {t("taskChanges.panel.title")}
        </h2>
        {isOffice && (
          <ButtonLink href={`/tasks/${task.id}/edit`} size="sm">
            {t("taskChanges.panel.edit")}
          </ButtonLink>
        )}
      </div>
      <dl className="divide-y divide-slate-100">
        {row(t("taskChanges.panel.state"), t(`taskChanges.dispatchStatus.${task.dispatchStatus}`))}
        {row(t("taskChanges.panel.dispatchedAt"), task.dispatchedAt)}
        {row(t("taskChanges.panel.acknowledgedAt"), task.acknowledgedAt)}
        {task.changeReason && row(t("taskChanges.panel.changeReason"), `${task.changeReason}${task.changeRequestedAt ? `（${task.changeRequestedAt}）` : ""}`)}
        {row(t("taskChanges.panel.completedAt"), task.completedAt)}
      </dl>
      <DispatchControls
        taskId={task.id}
        version={task.version}
        dispatchStatus={task.dispatchStatus}
        isCompleted={task.completedAt !== null}
        isOffice={isOffice}
        isLeadLiaison={isLeadLiaison}
      />
    </section>
  );
}
