import type { Metadata } from "next";
import Link from "next/link";
import { CityPublications } from "@/components/console/city-publications";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { DepartmentTable } from "@/components/scorecards/department-table";
import { RankingListCard } from "@/components/scorecards/ranking-list-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { getCityConsole } from "@/lib/server/console/get-city-console";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("console.cityPage.title") };
}

type PageProps = { params: Promise<{ slug: string }> };

export default async function ProvinceCityPage({ params }: PageProps) {
  const { slug } = await params;
  const actor = await requireActor();
  const [t, city] = await Promise.all([getT(), orNotFound(getCityConsole(actor, slug))]);
  const { latest } = city;
  return (
    <>
      <PageHeader
        title={city.city.name}
        description={
          <Link href="/province" className="text-red-800 hover:underline">
            {t("console.back")}
          </Link>
        }
      />
      <div className="space-y-6">
        {latest ? (
          <>
            <Card
              title={
                <Link href={`/publications/${latest.publicationId}`} className="hover:underline">
                  {latest.title}
                </Link>
              }
            >
              <p className="text-sm text-slate-700">
                {t("console.cityPage.latestScore", { round: latest.roundName })}{" "}
                <span className="text-xl font-semibold tabular-nums">{latest.cityScore ?? "—"}</span>{" "}
                {latest.vetoed && <Badge tone="red">{t("console.city.vetoed")}</Badge>}
              </p>
            </Card>
            <section className="space-y-3">
              <h2 className="text-base font-semibold text-slate-900">{t("scorecards.lists.title")}</h2>
              <div className="grid gap-4 lg:grid-cols-2 print:block">
                {latest.lists.map((list) => (
                  <RankingListCard key={list.id} list={list} t={t} />
                ))}
              </div>
            </section>
            <section className="space-y-3">
              <h2 className="text-base font-semibold text-slate-900">{t("scorecards.departments.title")}</h2>
              <DepartmentTable rows={latest.departments} t={t} publicationId={latest.publicationId} />
            </section>
          </>
        ) : (
          <p className="text-sm text-slate-500">{t("console.city.noPublication")}</p>
        )}
        <section className="space-y-3">
          <h2 className="text-base font-semibold text-slate-900">{t("console.publications.title")}</h2>
          <CityPublications publications={city.publications} t={t} />
        </section>
      </div>
    </>
  );
}
