import Link from "next/link";
import { ChartTableToggle } from "@/components/charts/chart-table-toggle";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { CityOverview } from "@/lib/server/console/get-province-overview";
import { CityTrendChart } from "./city-trend-chart";

const absent = "—";

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-base font-semibold tabular-nums text-slate-900">{value}</dd>
      {detail && <dd className="text-xs tabular-nums text-slate-500">{detail}</dd>}
    </div>
  );
}

/** One city of the province view: its latest published score and the figures beside it, and its trend. */
export function CityCard({ city, t }: { city: CityOverview; t: Translate }) {
  const { latest } = city;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs break-inside-avoid" data-city={city.slug}>
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">
          <Link href={`/province/cities/${encodeURIComponent(city.slug)}`} className="hover:underline">
            {city.name}
          </Link>
        </h2>
        <span className="text-xs text-slate-500">
          {latest ? t("console.city.latestOf", { round: latest.roundName, date: latest.periodEnd }) : t("console.city.noPublication")}
        </span>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">{t("console.city.score")}</dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900">
            {latest?.cityScore ?? absent} {latest?.vetoed && <Badge tone="red">{t("console.city.vetoed")}</Badge>}
          </dd>
        </div>
        <Figure label={t("console.city.vetoedThisYear")} value={String(city.vetoedThisYear)} />
        <Figure
          label={t("console.city.rectification")}
          value={city.rectification?.rate ? `${city.rectification.rate}%` : absent}
          detail={city.rectification ? t("console.city.ofDue", { done: city.rectification.rectifiedOnTime, due: city.rectification.due }) : undefined}
        />
        <Figure label={t("console.city.overdue")} value={city.overdue === null ? absent : String(city.overdue)} />
        <Figure
          label={t("console.city.progress")}
          value={city.cycleProgress?.rate ? `${city.cycleProgress.rate}%` : absent}
          detail={city.cycleProgress ? t("console.city.ofTasks", { done: city.cycleProgress.completed, total: city.cycleProgress.total }) : undefined}
        />
      </dl>
      {city.trend.length > 0 && (
        <div className="mt-3">
          <ChartTableToggle
            id={`trend-${city.id}`}
            showTableLabel={t("scorecards.showTable")}
            showChartLabel={t("scorecards.showChart")}
            chart={
              <CityTrendChart
                points={city.trend.map((point) => ({ label: point.label, value: point.value }))}
                title={t("console.city.trend", { name: city.name })}
                scoreLabel={t("console.city.score")}
              />
            }
            table={
              <Table caption={t("console.city.trend", { name: city.name })}>
                <thead>
                  <tr>
                    <Th>{t("console.city.round")}</Th>
                    <Th>{t("console.city.periodEnd")}</Th>
                    <Th className="text-right">{t("console.city.score")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {city.trend.map((point) => (
                    <Tr key={point.publicationId}>
                      <Td>
                        <Link href={`/publications/${point.publicationId}`} className="text-red-800 hover:underline">
                          {point.label}
                        </Link>
                      </Td>
                      <Td className="tabular-nums">{point.periodEnd}</Td>
                      <Td className="text-right tabular-nums">
                        {point.cityScore ?? absent} {point.vetoed && <Badge tone="red">{t("console.city.vetoed")}</Badge>}
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            }
          />
        </div>
      )}
    </section>
  );
}
