import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { TaskForm } from "@/components/tasks/task-form";
import { TaskFormDelete } from "@/components/tasks/task-form-delete";
import { getT } from "@/lib/i18n/server";
import { getTaskForEdit } from "@/lib/server/tasks/get-task-for-edit";
import { getTaskFormOptions } from "@/lib/server/tasks/get-task-form-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("taskChanges.form.editTitle") };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [task, options] = await Promise.all([orNotFound(getTaskForEdit(actor, id)), orNotFound(getTaskFormOptions(actor))]);
  const t = await getT();
  return (
    <>
      <Link href={`/tasks/${task.id}`} className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("taskChanges.form.backToTask")}
      </Link>
      <PageHeader title={t("taskChanges.form.editTitle")} description={task.title} />
      {/* Keyed by version: after a save or a reload the form starts from the stored values. */}
      <TaskForm key={task.version} options={options} task={task} />
      <TaskFormDelete taskId={task.id} version={task.version} title={task.title} />
    </>
  );
}
