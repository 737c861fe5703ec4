import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RectificationFunnel } from "@/lib/server/dashboard/get-rectification-funnel";
import { ChartTableToggle } from "@/components/charts/chart-table-toggle";
import { CockpitTile } from "./cockpit-tile";
import { FunnelChart } from "./funnel-chart";

const STAGES = ["found", "dispatched", "replied", "verified", "overdue"] as const;

/** 整改漏斗 of the last 30 days: found → dispatched → replied → verified, and overdue; chart or table. */
export function RectificationFunnelTile({ data, t }: { data: RectificationFunnel; t: Translate }) {
  const title = t("cockpit.funnel.title");
  return (
    <CockpitTile id="cockpit-funnel" title={title} href="/findings" linkLabel={t("cockpit.funnel.link")}>
      <p className="mb-2 text-xs text-slate-500">{t("cockpit.funnel.period", { from: data.from, to: data.to })}</p>
      <ChartTableToggle
        id="cockpit-funnel"
        showTableLabel={t("cockpit.showTable")}
        showChartLabel={t("cockpit.showChart")}
        chart={
          <FunnelChart
            title={title}
            countLabel={t("cockpit.funnel.count")}
            bars={STAGES.map((stage) => ({ label: t(`cockpit.funnel.${stage}`), count: data[stage], isOverdue: stage === "overdue" }))}
          />
        }
        table={
          <Table caption={title}>
            <thead>
              <tr>
                <Th>{t("cockpit.funnel.stage")}</Th>
                <Th className="text-right">{t("cockpit.funnel.count")}</Th>
              </tr>
            </thead>
            <tbody>
              {STAGES.map((stage) => (
                <Tr key={stage}>
                  <Td>{t(`cockpit.funnel.${stage}`)}</Td>
                  <Td className="text-right tabular-nums">{data[stage]}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        }
      />
    </CockpitTile>
  );
}
