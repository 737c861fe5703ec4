import { Card } from "@/components/ui/card";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { CategoryLoss } from "@/lib/server/console/lost-by-category";
import { ChartTableToggle } from "@/components/charts/chart-table-toggle";
import { LossesChart } from "./losses-chart";

/** Points lost by category (P − E over the assessed criteria), as a chart with its table. */
export function LossesCard({ losses, t }: { losses: CategoryLoss[]; t: Translate }) {
  const nameOf = (loss: CategoryLoss) => loss.category ?? t("scorecards.losses.uncategorised");
  return (
    <Card title={t("scorecards.losses.title")}>
      <ChartTableToggle
        id="losses"
        showTableLabel={t("scorecards.showTable")}
        showChartLabel={t("scorecards.showChart")}
        chart={
          <LossesChart
            bars={losses.map((loss) => ({ name: nameOf(loss), value: loss.value }))}
            title={t("scorecards.losses.title")}
            valueLabel={t("scorecards.losses.lost")}
          />
        }
        table={
          <Table caption={t("scorecards.losses.title")}>
            <thead>
              <tr>
                <Th>{t("scorecards.losses.category")}</Th>
                <Th className="text-right">{t("scorecards.losses.lost")}</Th>
              </tr>
            </thead>
            <tbody>
              {losses.length === 0 && <EmptyRow colSpan={2}>{t("scorecards.losses.empty")}</EmptyRow>}
              {losses.map((loss) => (
                <Tr key={nameOf(loss)}>
                  <Td>{nameOf(loss)}</Td>
                  <Td className="text-right tabular-nums">{loss.lost}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </Card>
  );
}
