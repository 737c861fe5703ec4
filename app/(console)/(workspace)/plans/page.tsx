import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CityPicker } from "@/components/layout/city-picker";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { orNotFound } from "@/components/layout/or-not-found";
import { param, type SearchParams } from "@/components/layout/search-params";
import { ActionTable } from "@/components/plans/action-table";
import { CreatePlanPanel } from "@/components/plans/create-plan-panel";
import { EditablePlan } from "@/components/plans/editable-plan";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getPlanOverview } from "@/lib/server/plans/get-plan-overview";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("plans.title") };
}

const percent = (weight: string) => `${(Number(weight) * 100).toFixed(0)}%`;

export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:task")) notFound();
  const t = await getT();
  const city = param(await searchParams, "city");
  if (!actor.cityId && !city) {
    return (
      <>
        <PageHeader title={t("plans.title")} />
        <CityPicker actor={actor} action="/plans" />
        <Alert tone="info">{t("plans.chooseCity")}</Alert>
      </>
    );
  }
  const overview = await orNotFound(getPlanOverview(actor, { city }));
  const canManage = can(actor, "manage:task") && actor.cityId === overview.cityId;
  const { cycle, threeYearPlan, annualPlans } = overview;

  return (
    <>
      <PageHeader
        title={t("plans.title")}
        description={t("plans.description")}
        actions={<ButtonLink href={`/coverage?city=${overview.cityId}`}>{t("plans.coverageLink")}</ButtonLink>}
      />
      <CityPicker actor={actor} action="/plans" city={overview.cityId} />
      {!cycle ? (
        <Alert tone="warning">{t("plans.noCycle")}</Alert>
      ) : (
        <div className="space-y-4">
          <Card title={t("plans.cycleTitle")}>
            <p className="text-sm text-slate-800">
              {cycle.name}（{t("plans.cycleYears", { start: cycle.startYear, end: cycle.endYear })}）
            </p>
            <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={t("plans.weights")}>
              {cycle.years.map((year) => (
                <li key={year.year}>
                  <Badge tone="blue">{t("plans.yearWeight", { year: year.year, weight: percent(year.weight) })}</Badge>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t("plans.threeYearTitle")}>
            {threeYearPlan ? (
              <EditablePlan kind="threeYear" plan={threeYearPlan} canManage={canManage} />
            ) : canManage ? (
              <CreatePlanPanel kind="threeYear" cycleId={cycle.id} />
            ) : (
              <p className="text-sm text-slate-600">{t("plans.noThreeYear")}</p>
            )}
          </Card>
          {threeYearPlan &&
            annualPlans.map((plan) => (
              <Card
                key={plan.id}
                title={t("plans.annualTitle", { year: plan.year })}
                actions={
                  <>
                    <a href={`/api/v1/tasks/export?annualPlan=${plan.id}&city=${overview.cityId}`} className={buttonClass("secondary", "sm")} download>
                      {t("plans.exportTasks")}
                    </a>
                    {canManage && (
                      <ButtonLink size="sm" href={`/tasks/import?annualPlan=${plan.id}`}>
                        {t("plans.importTasks")}
                      </ButtonLink>
                    )}
                    <Link href={`/coverage?annualPlan=${plan.id}&city=${overview.cityId}`} className="self-center text-sm text-red-800 hover:underline">
                      {t("plans.coverageOf")}
                    </Link>
                  </>
                }
              >
                <div className="space-y-4">
                  <EditablePlan kind="annual" plan={plan} canManage={canManage} />
                  <ActionTable annualPlanId={plan.id} actions={plan.actions} canManage={canManage} />
                </div>
              </Card>
            ))}
          {threeYearPlan && canManage && overview.freeYears.length > 0 && (
            <CreatePlanPanel kind="annual" threeYearPlanId={threeYearPlan.id} years={overview.freeYears} />
          )}
        </div>
      )}
    </>
  );
}
