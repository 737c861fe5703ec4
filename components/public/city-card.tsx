import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicCitySummary } from "@/lib/server/public/public-dto";
import { formatPublished, formatScore } from "./format";
import { ProgressBar } from "./progress-bar";
import { TrendLine } from "./trend-line";

/** A city on the home page: latest published score, its trend, and the cycle's progress. */
export function CityCard({ city, t }: { city: PublicCitySummary; t: Translate }) {
  const progress = city.progress;
  return (
    <article className="flex h-full flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <h3 className="text-lg font-semibold">
        <Link href={`/cities/${city.slug}`} className="text-red-800 underline-offset-2 hover:underline">
          {city.name}
        </Link>
      </h3>
      {city.latest ? (
        <p className="text-sm text-slate-700">
          {t("public.latestScore")}
          <span className="ml-2 text-2xl font-bold tabular-nums text-slate-900">{formatScore(city.latest.cityScore)}</span>
          <span className="block text-xs text-slate-600">{t("public.asOf", { date: city.latest.periodEnd })}</span>
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("public.noPublished")}</p>
      )}
      <TrendLine points={city.trend} label={t("public.trend")} />
      {progress && (
        <div className="space-y-2">
          <ProgressBar label={t("public.tasksCompleted")} done={progress.tasksCompleted} total={progress.tasksTotal} unit={t("public.tasksUnit")} />
          <ProgressBar
            label={t("public.rectifiedOnTime")}
            done={progress.rectification.rectifiedOnTime}
            total={progress.rectification.due}
            unit={t("public.findingsUnit")}
          />
        </div>
      )}
      {city.lastPublishedAt && <p className="mt-auto text-xs text-slate-600">{t("public.lastPublished", { at: formatPublished(city.lastPublishedAt) })}</p>}
    </article>
  );
}
