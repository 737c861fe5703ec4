import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionStakesTable } from "@/components/coverage/action-stakes-table";
import { CoverageMatrix } from "@/components/coverage/coverage-matrix";
import { CoverageSummary } from "@/components/coverage/coverage-summary";
import { CityPicker } from "@/components/layout/city-picker";
import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter } from "@/components/layout/filter-fields";
import { PageHeader } from "@/components/layout/page-header";
import { orNotFound } from "@/components/layout/or-not-found";
import { requireActor } from "@/components/layout/require-actor";
import { param, type SearchParams } from "@/components/layout/search-params";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getCoverage } from "@/lib/server/coverage/get-coverage";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("coverage.title") };
}

export default async function CoveragePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:task")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const query = { city: param(sp, "city"), annualPlan: param(sp, "annualPlan"), gaps: param(sp, "gaps") === "1" ? "1" : undefined };
  if (!actor.cityId && !query.city) {
    return (
      <>
        <PageHeader title={t("coverage.title")} />
        <CityPicker actor={actor} action="/coverage" />
        <Alert tone="info">{t("coverage.chooseCity")}</Alert>
      </>
    );
  }
  const coverage = await orNotFound(getCoverage(actor, { city: query.city, annualPlan: query.annualPlan }));
  const shown = query.gaps ? coverage.criteria.filter((criterion) => criterion.gap) : coverage.criteria;

  return (
    <>
      <PageHeader
        title={t("coverage.title")}
        description={
          coverage.annualPlan ? t("coverage.descriptionOf", { year: coverage.annualPlan.year, title: coverage.annualPlan.title }) : t("coverage.description")
        }
      />
      <CityPicker actor={actor} action="/coverage" city={coverage.cityId} />
      {!coverage.hasEdition && (
        <div className="mb-4">
          <Alert tone="warning">{t("coverage.noEdition")}</Alert>
        </div>
      )}
      {!coverage.annualPlan && (
        <div className="mb-4">
          <Alert tone="warning">{t("coverage.noPlan")}</Alert>
        </div>
      )}
      <div className="space-y-4">
        <CoverageSummary totals={coverage.totals} />
        <Card title={t("coverage.actionsTitle")}>
          <ActionStakesTable actions={coverage.actions} />
        </Card>
        <Card title={t("coverage.matrixTitle")}>
          <FilterBar action="/coverage" values={query}>
            {query.city && <input type="hidden" name="city" value={query.city} />}
            {query.annualPlan && <input type="hidden" name="annualPlan" value={query.annualPlan} />}
            <CheckboxFilter name="gaps" label={t("coverage.gapsOnly")} checked={query.gaps === "1"} />
          </FilterBar>
          <p className="mb-2 text-sm text-slate-600">{t("coverage.matrixHint", { shown: shown.length, total: coverage.criteria.length })}</p>
          <CoverageMatrix criteria={shown} actions={coverage.actions} />
        </Card>
      </div>
    </>
  );
}
