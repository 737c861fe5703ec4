import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicCity } from "@/lib/server/public/public-dto";
import { DepartmentTable } from "./department-table";
import { formatPublished } from "./format";
import { ProgressBar } from "./progress-bar";
import { PublicationList } from "./publication-list";
import { RankingList } from "./ranking-list";
import { RectificationTable } from "./rectification-table";
import { ReportFigures } from "./report-figures";
import { ScoreChart } from "./score-chart";

function Section({ id, title, children, note }: { id: string; title: string; children: React.ReactNode; note?: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {note && <p className="text-xs text-slate-600">{note}</p>}
      {children}
    </section>
  );
}

/** The city page's published figures, each section from the city's public DTO. */
export function CityPageSections({ city, t }: { city: PublicCity; t: Translate }) {
  const rankings = city.rankings;
  return (
    <>
      <Section
        id="progress"
        title={t("public.progressByAction")}
        note={city.planProgress && t("public.asPublished", { at: formatPublished(city.planProgress.publishedAt) })}
      >
        {city.planProgress && city.planProgress.actions.length > 0 ? (
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            {city.planProgress.plan && <p className="text-sm text-slate-700">{city.planProgress.plan}</p>}
            {city.planProgress.actions.map((action) => (
              <ProgressBar key={action.name} label={action.name} done={action.completed} total={action.total} unit={t("public.tasksUnit")} />
            ))}
          </div>
        ) : (
          <p className="text-slate-600">{t("public.noPublished")}</p>
        )}
      </Section>
      <Section id="rankings" title={t("public.latestRankings")}>
        {rankings ? (
          <div className="space-y-4">
            <p className="text-sm text-slate-700">
              <Link href={`/cities/${city.slug}/publications/${rankings.publication.id}`} className="text-red-800 underline">
                {rankings.publication.title}
              </Link>
              <span className="ml-1">{t("public.fullRankings")}</span>
            </p>
            {/* red and black members of every list here; each list's whole ranking on the publication's page */}
            {rankings.lists.map((list) => (
              <RankingList key={list.name} list={list} t={t} isCompact />
            ))}
            <DepartmentTable rows={rankings.departments} t={t} caption={t("public.departmentResults")} />
          </div>
        ) : (
          <p className="text-slate-600">{t("public.noPublished")}</p>
        )}
      </Section>
      <Section id="scores" title={t("public.scoreChart")}>
        <ScoreChart points={city.scores} t={t} caption={t("public.scoreChartCaption", { city: city.name, count: city.scores.length })} />
      </Section>
      <Section id="rectification" title={t("public.rectification")}>
        <RectificationTable rows={city.rectification} slug={city.slug} t={t} />
      </Section>
      <Section id="reports" title={t("public.reports")} note={t("public.reportsNote")}>
        <ReportFigures figures={city.reports} t={t} />
      </Section>
      <Section id="bulletins" title={t("public.recentBulletins")}>
        {city.recentPublications.length ? (
          <PublicationList items={city.recentPublications} slug={city.slug} t={t} />
        ) : (
          <p className="text-slate-600">{t("public.noPublished")}</p>
        )}
      </Section>
    </>
  );
}
