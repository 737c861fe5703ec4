import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitySettingsForm } from "@/components/city-settings/city-settings-form";
import { CycleWeightsForm } from "@/components/city-settings/cycle-weights-form";
import { RankingListsTable } from "@/components/city-settings/ranking-lists-table";
import { ReportCategoriesEditor } from "@/components/city-settings/report-categories-editor";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getCitySettings } from "@/lib/server/city-settings/get-city-settings";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { listRankingLists } from "@/lib/server/ranking-lists/list-ranking-lists";
import { listCategoryCriteria } from "@/lib/server/report-categories/list-category-criteria";
import { listReportCategories } from "@/lib/server/report-categories/list-report-categories";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("citySettings.title") };
}

export default async function CitySettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "manage:city-settings") || !actor.cityId) notFound();
  const t = await getT();
  const [settings, lists, departments] = await Promise.all([getCitySettings(actor), listRankingLists(actor), listDepartments(actor, { pageSize: 500 })]);
  const cycle = settings.currentCycle;
  const categories = can(actor, "manage:report-category") ? await Promise.all([listReportCategories(actor), listCategoryCriteria(actor)]) : null;

  return (
    <>
      <PageHeader title={t("citySettings.title")} description={t("citySettings.description", { city: settings.cityName })} />
      <div className="space-y-4">
        <Card title={cycle ? t("citySettings.weights.title", { cycle: cycle.name }) : t("citySettings.weights.titleNoCycle")}>
          {cycle ? <CycleWeightsForm cycle={cycle} /> : <Alert tone="warning">{t("citySettings.noCycle")}</Alert>}
        </Card>
        <Card title={t("citySettings.cityTitle")}>
          <CitySettingsForm settings={settings} />
        </Card>
        <Card title={t("citySettings.overridesTitle")}>
          <p className="text-sm text-slate-700">
            {t("citySettings.overridesHint")}{" "}
            <Link href="/city-indicators" className="text-red-800 hover:underline">
              {t("citySettings.overridesLink")}
            </Link>
          </p>
        </Card>
        <Card title={t("citySettings.lists.title")}>
          {lists.cycleId ? (
            <RankingListsTable
              cycleId={lists.cycleId}
              lists={lists.items}
              departments={departments.items.map(({ id, name }) => ({ id, name }))}
              canManage={can(actor, "manage:ranking-list")}
            />
          ) : (
            <Alert tone="warning">{t("citySettings.noCycle")}</Alert>
          )}
        </Card>
        {categories && (
          <section id="report-categories">
            <Card title={t("citizenReports.categories.title")}>
              <ReportCategoriesEditor categories={categories[0]} criteria={categories[1]} />
            </Card>
          </section>
        )}
      </div>
    </>
  );
}
