import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { TaskLedger } from "@/components/ledger/task-ledger";
import { DispatchPanel } from "@/components/tasks/dispatch-panel";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskHistory } from "@/components/tasks/task-history";
import { getT } from "@/lib/i18n/server";
import { getTaskDetail } from "@/lib/server/tasks/get-task-detail";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("tasks.detail.title") };
}

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const detail = await orNotFound(getTaskDetail(actor, id));
  const t = await getT();
  const back = actor.role === "DEPARTMENT_LIAISON" ? { href: "/my", label: t("tasks.detail.backToMy") } : { href: "/tasks", label: t("tasks.detail.back") };

  return (
    <>
      <Link href={back.href} className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {back.label}
      </Link>
      <PageHeader title={detail.task.title} />
      <TaskHeader detail={detail} t={t} />
      <DispatchPanel taskId={id} />
      <TaskLedger taskId={id} />
      <TaskHistory entries={detail.history} t={t} />
    </>
  );
}
