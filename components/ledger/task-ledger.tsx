import { requireActor } from "@/components/layout/require-actor";
import { Card } from "@/components/ui/card";
import { todayInShanghai } from "@/lib/domain/dates";
import { entryRefusal, taskDepartments } from "@/lib/domain/tasks/task-rules";
import { getT } from "@/lib/i18n/server";
import { listLedgerEntries } from "@/lib/server/ledger/list-ledger-entries";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { canWriteLedger, entryPermissions } from "./entry-permissions";
import { LedgerEntryCard } from "./ledger-entry-card";
import { LedgerEntryForm } from "./ledger-entry-form";

/**
 * A task's ledger (工作台账): the add-entry form where the actor may write (dispatched, open
 * tasks), then every entry labelled with its department, with review and answer in place.
 */
export async function TaskLedger({ taskId }: { taskId: string }) {
  const actor = await requireActor();
  const t = await getT();
  const [task, { items }] = await Promise.all([getTaskOrThrow(actor, taskId), listLedgerEntries(actor, taskId)]);
  const today = todayInShanghai();
  const state = { dispatchStatus: task.dispatchStatus, isClosed: task.status === "COMPLETED" };
  const canWrite = canWriteLedger(actor, state);
  const departments =
    actor.role === "DEPARTMENT_LIAISON"
      ? undefined
      : taskDepartments(task.leadDepartment, task.coDepartments).map(({ department, isLead }) => ({ ...department, isLead }));
  const refusal = entryRefusal({ dispatchStatus: task.dispatchStatus, isCompleted: state.isClosed });
  const notice = refusal === "NOT_DISPATCHED" ? t("ledger.notDispatched") : refusal === "COMPLETED" ? t("ledger.closed") : null;

  return (
    <div className="mt-6 space-y-4">
      {canWrite && (
        <Card title={t("ledger.addTitle")}>
          <LedgerEntryForm taskId={taskId} departments={departments} today={today} />
        </Card>
      )}
      <Card title={t("ledger.title", { count: items.length })}>
        {notice && <p className="mb-2 text-sm text-slate-600">{notice}</p>}
        {items.length === 0 ? (
          <p className="text-sm text-slate-500">{t("ledger.empty")}</p>
        ) : (
          items.map((entry) => (
            <LedgerEntryCard key={`${entry.id}-${entry.version}`} entry={entry} today={today} t={t} permissions={entryPermissions(actor, state, entry)} />
          ))
        )}
      </Card>
    </div>
  );
}
