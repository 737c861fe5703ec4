import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { DISPLAY_DECIMALS } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import type { Translate } from "@/lib/i18n/translate";
import { ChartTableToggle } from "@/components/charts/chart-table-toggle";
import { MovementMark } from "./movement-mark";
import { RankingBarsChart } from "./ranking-bars-chart";

const score = (value: string | null) => (value === null ? null : parseDecimal(value, "value").toFixed(DISPLAY_DECIMALS));

/** One red/black list as published: its red and black members (with escalation) and its ranking with movement. */
export function RankingListCard({ list, t, withChart = false }: { list: PublishedList; t: Translate; withChart?: boolean }) {
  const table = (
    <Table caption={t("scorecards.lists.rankingOf", { name: list.name })}>
      <thead>
        <tr>
          <Th>{t("scorecards.departments.rank")}</Th>
          <Th>{t("scorecards.departments.name")}</Th>
          <Th className="text-right">{t(`scorecards.lists.metric.${list.metric}`)}</Th>
          <Th>{t("scorecards.departments.movement")}</Th>
        </tr>
      </thead>
      <tbody>
        {list.ranking.length === 0 && <EmptyRow colSpan={4}>{t("scorecards.departments.empty")}</EmptyRow>}
        {list.ranking.map((entry) => (
          <Tr key={entry.department}>
            <Td className="tabular-nums">{entry.rank ?? "—"}</Td>
            <Td>{entry.department}</Td>
            <Td className="text-right tabular-nums">{score(entry.value) ?? "—"}</Td>
            <Td>
              <MovementMark movement={entry.movement} t={t} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <Card
      title={list.name}
      actions={
        <span className="text-xs text-slate-500">
          {t("scorecards.lists.rule", { red: list.redCount, black: list.blackCount, threshold: list.blackThreshold })}
        </span>
      }
    >
      <div className="mb-3 grid gap-3 sm:grid-cols-2">
        <div>
          <h3 className="mb-1 text-sm font-medium text-green-800">{t("scorecards.lists.red")}</h3>
          {list.redList.length === 0 ? (
            <p className="text-sm text-slate-500">{t("scorecards.lists.none")}</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {list.redList.map((name) => (
                <li key={name}>
                  <Badge tone="green">{name}</Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium text-red-800">{t("scorecards.lists.black")}</h3>
          {list.blackList.length === 0 ? (
            <p className="text-sm text-slate-500">{t("scorecards.lists.none")}</p>
          ) : (
            <ul className="flex flex-wrap gap-1.5">
              {list.blackList.map((entry) => (
                <li key={entry.department}>
                  <Badge tone="red">
                    {entry.department} · {t(`scorecards.lists.step.${entry.step}`)}（{t("scorecards.lists.level", { level: entry.level })}）
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {withChart ? (
        <ChartTableToggle
          id={`list-${list.id}`}
          showTableLabel={t("scorecards.showTable")}
          showChartLabel={t("scorecards.showChart")}
          chart={
            <RankingBarsChart
              bars={list.ranking.map((entry) => ({ name: entry.department, value: entry.value === null ? null : Number(entry.value) }))}
              threshold={Number(list.blackThreshold)}
              title={t("scorecards.lists.chartTitle", { name: list.name })}
              valueLabel={t(`scorecards.lists.metric.${list.metric}`)}
              thresholdLabel={t("scorecards.lists.threshold", { threshold: list.blackThreshold })}
            />
          }
          table={table}
        />
      ) : (
        table
      )}
    </Card>
  );
}
