import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundScoreTrend } from "@/lib/server/dashboard/get-round-score-trend";
import { ChartTableToggle } from "@/components/charts/chart-table-toggle";
import { CockpitTile } from "./cockpit-tile";
import { ScoreTrendChart } from "./score-trend-chart";

/** The latest closed round's city score (with its veto) and the trend over the last 12 closed rounds. */
export function RoundScoreTile({ data, t }: { data: RoundScoreTrend; t: Translate }) {
  const { latest, trend } = data;
  return (
    <CockpitTile id="cockpit-round-score" title={t("cockpit.roundScore.title")} href="/rounds?status=CLOSED" linkLabel={t("cockpit.roundScore.allRounds")}>
      {latest === null ? (
        <p className="text-sm text-slate-500">{t("cockpit.roundScore.empty")}</p>
      ) : (
        <div className="space-y-3">
          <p className="flex flex-wrap items-baseline gap-2">
            <span className="text-3xl font-semibold text-slate-900 tabular-nums">{latest.cityScore ?? t("cockpit.roundScore.noScore")}</span>
            {latest.vetoed && <Badge tone="red">{t("cockpit.roundScore.vetoed")}</Badge>}
          </p>
          <p className="text-sm">
            <Link href={`/rounds/${latest.roundId}`} className="text-red-800 hover:underline">
              {t("cockpit.roundScore.latestRound", { name: latest.name, date: latest.periodEnd })}
            </Link>
          </p>
          <ChartTableToggle
            id="cockpit-trend"
            showTableLabel={t("cockpit.showTable")}
            showChartLabel={t("cockpit.showChart")}
            chart={
              <ScoreTrendChart
                title={t("cockpit.roundScore.trendTitle")}
                scoreLabel={t("cockpit.roundScore.score")}
                points={trend.map((point) => ({ label: point.periodEnd.slice(5), score: point.cityScore === null ? null : Number(point.cityScore) }))}
              />
            }
            table={
              <Table caption={t("cockpit.roundScore.trendTitle")}>
                <thead>
                  <tr>
                    <Th>{t("cockpit.roundScore.round")}</Th>
                    <Th>{t("cockpit.roundScore.periodEnd")}</Th>
                    <Th className="text-right">{t("cockpit.roundScore.score")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {trend.length === 0 ? (
                    <EmptyRow colSpan={3}>{t("cockpit.roundScore.empty")}</EmptyRow>
                  ) : (
                    trend.map((point) => (
                      <Tr key={point.roundId}>
                        <Td>
                          <Link href={`/rounds/${point.roundId}`} className="text-red-800 hover:underline">
                            {point.name}
                          </Link>
                        </Td>
                        <Td className="tabular-nums">{point.periodEnd}</Td>
                        <Td className="text-right tabular-nums">
                          {point.cityScore ?? "—"} {point.vetoed && <Badge tone="red">{t("cockpit.roundScore.vetoed")}</Badge>}
                        </Td>
                      </Tr>
                    ))
                  )}
                </tbody>
              </Table>
            }
          />
        </div>
      )}
    </CockpitTile>
  );
}
