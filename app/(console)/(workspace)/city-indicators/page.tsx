import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdoptEditionForm } from "@/components/indicators/adopt-edition-form";
import { CityCriteriaTable } from "@/components/indicators/city-criteria-table";
import { CreateLocalCriterionPanel } from "@/components/indicators/create-local-criterion-panel";
import { ExportLinks } from "@/components/indicators/export-links";
import { NameMappings } from "@/components/indicators/name-mappings";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getCityIndicatorSetup } from "@/lib/server/indicators/city/get-city-indicator-setup";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("indicators.city.title") };
}

export default async function CityIndicatorsPage() {
  const actor = await requireActor();
  if (!can(actor, "localize:edition")) notFound();
  const t = await getT();
  const setup = await getCityIndicatorSetup(actor);
  const { cycle, edition } = setup;
  const local = setup.criteria.filter((criterion) => criterion.isLocal).length;

  return (
    <>
      <PageHeader title={t("indicators.city.title")} description={t("indicators.city.description")} />
      {!cycle ? (
        <Alert tone="warning">{t("indicators.city.noCycle")}</Alert>
      ) : (
        <div className="space-y-4">
          <Card title={t("indicators.city.adoptedTitle", { cycle: cycle.name })}>
            {edition ? (
              <p className="mb-3 text-sm text-slate-700">
                {t("indicators.city.current")}
                <Link href={`/editions/${edition.id}`} className="ml-1 font-medium text-red-800 hover:underline">
                  {edition.name}
                </Link>
                <span className="ml-1 font-mono text-xs text-slate-500">{edition.code}</span>
                {edition.isLocked && (
                  <span className="ml-2">
                    <Badge tone="amber">{t("indicators.locked")}</Badge>
                  </span>
                )}
                <span className="ml-3 text-slate-500">{t("indicators.city.exportLocalized")}</span>
                <span className="ml-1">
                  <ExportLinks editionId={edition.id} label={edition.code} cityId={actor.cityId ?? undefined} />
                </span>
              </p>
            ) : (
              <p className="mb-3 text-sm text-slate-700">{t("indicators.city.notAdopted")}</p>
            )}
            <AdoptEditionForm cycle={cycle} editions={setup.editions} />
          </Card>
          {edition && (
            <>
              <NameMappings unmatched={setup.unmatched} mappings={setup.mappings} departments={setup.departments} />
              <Card title={t("indicators.city.criteriaTitle")}>
                <p className="mb-3 text-sm text-slate-600">{t("indicators.city.criteriaSummary", { count: setup.criteria.length, local })}</p>
                <CityCriteriaTable criteria={setup.criteria} departments={setup.departments} />
              </Card>
              <Card title={t("indicators.city.localTitle")}>
                <p className="mb-3 text-sm text-slate-600">{t("indicators.city.localDescription")}</p>
                <CreateLocalCriterionPanel contents={setup.contents} departments={setup.departments} />
              </Card>
            </>
          )}
        </div>
      )}
    </>
  );
}
