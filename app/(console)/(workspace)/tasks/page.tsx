import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { pageParam, PAGE_SIZE, type SearchParams } from "@/components/layout/search-params";
import { ProgressByAction } from "@/components/tasks/progress-by-action";
import { ProgressByDepartment } from "@/components/tasks/progress-by-department";
import { TaskFilters } from "@/components/tasks/task-filters";
import { taskListQueryOf } from "@/components/tasks/task-filters-query";
import { TaskSummary } from "@/components/tasks/task-summary";
import { TaskTable } from "@/components/tasks/task-table";
import { TaskTableLinks } from "@/components/tasks/task-table-links";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getTaskProgress } from "@/lib/server/tasks/get-task-progress";
import { listTaskFilterOptions } from "@/lib/server/tasks/list-task-filter-options";
import { listTasks } from "@/lib/server/tasks/list-tasks";
import type { ListTasksParams } from "@/lib/validation/tasks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("tasks.title") };
}

/** Bad filters (e.g. 起 after 止) are shown beside their fields, with nothing listed, instead of an error page. */
async function loadOrFieldErrors<T>(promise: Promise<T>): Promise<{ data: T } | { fieldErrors: FieldErrors }> {
  try {
    return { data: await promise };
  } catch (error) {
    if (isAppError(error) && error.status === 422) return { fieldErrors: error.fieldErrors ?? {} };
    throw error;
  }
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:task")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const query = taskListQueryOf(sp);
  const page = pageParam(sp);
  const params = query as ListTasksParams;
  const [list, progress, options] = await Promise.all([
    loadOrFieldErrors(listTasks(actor, { ...params, page, pageSize: PAGE_SIZE })),
    loadOrFieldErrors(getTaskProgress(actor, params)),
    listTaskFilterOptions(actor),
  ]);
  const isOffice = can(actor, "manage:task");

  return (
    <>
      <PageHeader
        title={t("tasks.title")}
        description={t(actor.role === "DEPARTMENT_LIAISON" ? "tasks.liaisonDescription" : "tasks.description")}
        actions={isOffice ? <TaskTableLinks t={t} /> : undefined}
      />
      {"data" in progress && (
        <>
          <TaskSummary overall={progress.data.overall} awaitingAcknowledgement={progress.data.awaitingAcknowledgement} t={t} />
          <ProgressByAction rows={progress.data.byAction} t={t} />
          <ProgressByDepartment rows={progress.data.byDepartment} t={t} />
        </>
      )}
      <h2 className="mb-2 text-base font-semibold text-slate-900">{t("tasks.table.caption")}</h2>
      <TaskFilters query={query} options={options} fieldErrors={"fieldErrors" in list ? list.fieldErrors : undefined} t={t} />
      {"fieldErrors" in list ? (
        <Alert tone="error">
          {t("tasks.filters.invalid")}
          {/* Errors of parameters without a field of their own (sort, order) are named here. */}
          {Object.entries(list.fieldErrors)
            .filter(([name]) => name === "sort" || name === "order")
            .map(([name, messages]) => (
              <span key={name}> {messages.join("；")}</span>
            ))}
        </Alert>
      ) : (
        <>
          <TaskTable items={list.data.items} query={query} canBulk={isOffice} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} basePath="/tasks" query={query} />
        </>
      )}
    </>
  );
}
