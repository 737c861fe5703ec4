import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { param, type SearchParams } from "@/components/layout/search-params";
import { TaskImportPanel } from "@/components/task-import/task-import-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getImportTargets } from "@/lib/server/tasks/import/get-import-targets";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("taskImport.title") };
}

export default async function TaskImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "manage:task") || !actor.cityId) notFound();
  const t = await getT();
  const { plans, currentId } = await getImportTargets(actor);
  const asked = param(await searchParams, "annualPlan");
  const defaultPlanId = plans.some((plan) => plan.id === asked) ? asked : (currentId ?? undefined);
  return (
    <>
      <PageHeader title={t("taskImport.title")} description={t("taskImport.description")} />
      <Card
        title={t("taskImport.uploadTitle")}
        actions={
          <a href="/api/v1/tasks/template" className="text-sm font-medium text-red-800 hover:underline" download>
            {t("taskImport.template")}
          </a>
        }
      >
        <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-600">
          <li>{t("taskImport.rule1")}</li>
          <li>{t("taskImport.rule2")}</li>
          <li>{t("taskImport.rule3")}</li>
        </ul>
        {plans.length === 0 ? <Alert tone="warning">{t("taskImport.noPlan")}</Alert> : <TaskImportPanel plans={plans} defaultPlanId={defaultPlanId} />}
      </Card>
    </>
  );
}
