import Link from "next/link";
import { DispatchBadge, TaskStatusBadge } from "@/components/tasks/task-table-badges";
import { Card } from "@/components/ui/card";
import type { Translate } from "@/lib/i18n/translate";
import type { LiaisonHomeTask } from "@/lib/server/tasks/get-liaison-home";

type Props = { id: string; title: string; empty: string; tasks: LiaisonHomeTask[]; showDispatchedAt?: boolean; t: Translate };

/** One block of the liaison's home: a list of tasks, each a large tap target linking to the task. */
export function MyTaskList({ id, title, empty, tasks, showDispatchedAt = false, t }: Props) {
  return (
    <Card
      title={
        <span id={id}>
          {title}
          <span className="ml-2 text-sm font-normal text-slate-500 tabular-nums">{tasks.length}</span>
        </span>
      }
    >
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="-my-2 divide-y divide-slate-100">
          {tasks.map((task) => (
            <li key={task.id}>
              <Link href={`/tasks/${task.id}`} className="block py-2.5 hover:bg-slate-50">
                <span className="block font-medium text-slate-900">{task.title}</span>
                <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <TaskStatusBadge status={task.status} t={t} />
                  <DispatchBadge dispatchStatus={task.dispatchStatus} t={t} />
                  {task.dueDate && <span className="tabular-nums">{t("my.deadline", { date: task.dueDate })}</span>}
                  {showDispatchedAt && task.dispatchedAt && <span className="tabular-nums">{t("my.dispatchedAt", { at: task.dispatchedAt })}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
