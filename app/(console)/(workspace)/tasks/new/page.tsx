import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { TaskForm } from "@/components/tasks/task-form";
import { getT } from "@/lib/i18n/server";
import { getTaskFormOptions } from "@/lib/server/tasks/get-task-form-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("taskChanges.form.newTitle") };
}

export default async function NewTaskPage() {
  const actor = await requireActor();
  const options = await orNotFound(getTaskFormOptions(actor));
  const t = await getT();
  return (
    <>
      <Link href="/tasks" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("taskChanges.form.backToList")}
      </Link>
      <PageHeader title={t("taskChanges.form.newTitle")} description={t("taskChanges.form.newDescription")} />
      {options.actions.length === 0 ? <p className="text-sm text-slate-600">{t("taskChanges.form.noActions")}</p> : <TaskForm options={options} />}
    </>
  );
}
