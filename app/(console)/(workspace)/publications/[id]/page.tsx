import type { Metadata } from "next";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { PublicationTools } from "@/components/publications/publication-tools";
import { requireActor } from "@/components/layout/require-actor";
import { DepartmentTable } from "@/components/scorecards/department-table";
import { LossesCard } from "@/components/scorecards/losses-card";
import { ProvinceCitiesTable } from "@/components/scorecards/province-cities-table";
import { PublicationNotices } from "@/components/scorecards/publication-notices";
import { RankingListCard } from "@/components/scorecards/ranking-list-card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import { getPublicationView } from "@/lib/server/console/get-publication-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("scorecards.publication.title") };
}

export default async function PublicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [t, view] = await Promise.all([getT(), orNotFound(getPublicationView(actor, id))]);
  return (
    <>
      <PageHeader
        title={view.title}
        description={
          <>
            {t("scorecards.issue", view.issue)} · {view.owner} · {t(`scorecards.kind.${view.kind}`)} · {view.periodStart} ~ {view.periodEnd} ·{" "}
            {t("scorecards.publication.publishedAt", { at: view.publishedAt })}
          </>
        }
        actions={
          view.scope === "CITY" && (
            <a href={`/api/v1/publications/${encodeURIComponent(view.id)}/export.xlsx`} className={buttonClass("secondary", "sm", "print:hidden")} download>
              {t("scorecards.publication.export")}
            </a>
          )
        }
      />
      <div className="space-y-6">
        <PublicationNotices view={view} t={t} />
        <PublicationTools actor={actor} view={view} t={t} />
        {view.summary && <p className="whitespace-pre-line text-sm text-slate-700">{view.summary}</p>}
        {view.scope === "CITY" && (
          <p className="text-sm text-slate-700">
            {t("scorecards.publication.cityScore")} <span className="text-2xl font-semibold tabular-nums">{view.cityScore ?? "—"}</span>{" "}
            {view.vetoed && <Badge tone="red">{t("console.city.vetoed")}</Badge>}
          </p>
        )}
        {view.scope === "PROVINCE" && <ProvinceCitiesTable cities={view.cities} t={t} />}
        {view.lists.length > 0 && (
          <section className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">{t("scorecards.lists.title")}</h2>
            <div className="grid gap-4 lg:grid-cols-2 print:block">
              {view.lists.map((list) => (
                <RankingListCard key={list.id} list={list} t={t} withChart />
              ))}
            </div>
          </section>
        )}
        {view.scope === "CITY" && (
          <section className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">{t("scorecards.departments.title")}</h2>
            <DepartmentTable rows={view.departments} t={t} publicationId={view.isDrillable ? view.id : undefined} />
          </section>
        )}
        {view.kind === "ROUND" && view.scope === "CITY" && <LossesCard losses={view.losses} t={t} />}
      </div>
    </>
  );
}
