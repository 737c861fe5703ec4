import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AppealWindowCard } from "@/components/appeals/appeal-window-card";
import { MyFindings } from "@/components/findings/my-findings";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { QuickEntryForm } from "@/components/ledger/quick-entry-form";
import { MyTaskList } from "@/components/my/my-task-list";
import { ReturnedEntries } from "@/components/my/returned-entries";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { listAppealRounds } from "@/lib/server/appeals/list-appeal-rounds";
import { getDepartmentFindings } from "@/lib/server/findings/get-department-findings";
import { getLiaisonHome } from "@/lib/server/tasks/get-liaison-home";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("my.title") };
}

/** The liaison's home (我的部门); one column on a phone. Other roles have the task list instead. */
export default async function MyPage() {
  const actor = await requireActor();
  if (actor.role !== "DEPARTMENT_LIAISON") redirect("/tasks");
  const t = await getT();
  if (!actor.departmentId) {
    return (
      <>
        <PageHeader title={t("my.title")} />
        <Alert tone="warning">{t("my.noDepartment")}</Alert>
      </>
    );
  }
  const [home, findings, appealRounds] = await Promise.all([getLiaisonHome(actor), getDepartmentFindings(actor), listAppealRounds(actor)]);

  return (
    <>
      <PageHeader
        title={t("my.title")}
        description={t("my.description", { department: home.department.name })}
        actions={<ButtonLink href="/tasks">{t("my.allTasks")}</ButtonLink>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4 lg:order-2">
          <Card title={t("my.quickEntry")}>
            <QuickEntryForm tasks={home.quickEntryTasks} />
          </Card>
          <ReturnedEntries entries={home.returnedEntries} t={t} />
        </div>
        <div className="space-y-4 lg:order-1">
          <AppealWindowCard rounds={appealRounds} t={t} />
          <MyFindings groups={findings} t={t} />
          <MyTaskList id="my-due" title={t("my.dueThisWeek", home.week)} empty={t("my.noneDue")} tasks={home.dueThisWeek} t={t} />
          <MyTaskList id="my-overdue" title={t("my.overdue")} empty={t("my.noneOverdue")} tasks={home.overdue} t={t} />
          <MyTaskList id="my-awaiting" title={t("my.awaitingAck")} empty={t("my.noneAwaiting")} tasks={home.awaitingAcknowledgement} showDispatchedAt t={t} />
        </div>
      </div>
    </>
  );
}
