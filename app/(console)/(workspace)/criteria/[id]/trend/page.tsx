import type { Metadata } from "next";
import { TrendChart } from "@/components/charts/trend-chart";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getCriterionTrend } from "@/lib/server/edition-mappings/get-criterion-trend";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("trend.title") };
}

export default async function CriterionTrendPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!can(actor, "read:score") || !actor.cityId) notFound();
  const trend = await orNotFound(getCriterionTrend(actor, { criterionId: id }));
  const t = await getT();
  const { criterion, previousEdition, items } = trend;
  return (
    <>
      <PageHeader
        title={t("trend.heading", { code: criterion.code, name: criterion.name })}
        description={t("trend.edition", { name: criterion.editionName, code: criterion.editionCode })}
      />
      {previousEdition && <Alert tone="info">{t("trend.mapped", { name: previousEdition.name, code: previousEdition.code })}</Alert>}
      {items.length > 0 && (
        <div className="my-4 rounded-lg border border-slate-200 bg-white p-4">
          <TrendChart
            rateLabel={t("trend.rate")}
            points={items.map((item) => ({ label: item.periodEnd, rate: item.rate === null ? null : Number(item.rate) }))}
          />
        </div>
      )}
      <Table caption={t("trend.title")}>
        <thead>
          <tr>
            <Th>{t("trend.round")}</Th>
            <Th>{t("trend.periodEnd")}</Th>
            <Th>{t("trend.codes")}</Th>
            <Th className="text-right">{t("trend.rate")}</Th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && <EmptyRow colSpan={4}>{t("trend.empty")}</EmptyRow>}
          {items.map((item) => (
            <Tr key={item.roundId}>
              <Td>{item.roundName}</Td>
              <Td className="whitespace-nowrap">{item.periodEnd}</Td>
              <Td className="font-mono text-xs">
                {item.codes.join("、")} {item.isMapped && <Badge tone="blue">{t("trend.viaMapping")}</Badge>}
              </Td>
              <Td className="text-right tabular-nums">{item.rate === null ? t("trend.notAssessed") : `${item.rate}%`}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
