import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { explainRubric } from "@/lib/domain/indicators/explain-rubric";
import type { RubricParams } from "@/lib/domain/indicators/rubric-params";
import { getT } from "@/lib/i18n/server";
import type { DepartmentCriterionRow } from "@/lib/server/indicators/city/list-department-criteria";

/** The criteria one department answers for, with its role in each and the rubric in plain words. */
export async function DepartmentCriteriaTable({ items, canSeeTrend }: { items: DepartmentCriterionRow[]; canSeeTrend: boolean }) {
  const t = await getT();
  return (
    <Table caption={t("indicators.department.title")}>
      <thead>
        <tr>
          <Th>{t("indicators.fields.code")}</Th>
          <Th>{t("indicators.fields.name")}</Th>
          <Th>{t("indicators.department.role")}</Th>
          <Th className="text-right">{t("indicators.fields.points")}</Th>
          <Th>{t("indicators.fields.method")}</Th>
          <Th>{t("indicators.fields.rubric")}</Th>
          <Th>{t("indicators.fields.rectificationDays")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={7}>{t("indicators.department.empty")}</EmptyRow>}
        {items.map((item) => {
          const days = item.rectificationDays ?? item.defaultRectificationDays;
          return (
            <Tr key={item.id}>
              <Td className="font-mono text-xs whitespace-nowrap">{item.code}</Td>
              <Td>
                <span className="font-medium">{item.name}</span>
                {canSeeTrend && (
                  <Link href={`/criteria/${item.id}/trend`} className="ml-2 text-xs text-red-700 hover:underline">
                    {t("trend.link")}
                  </Link>
                )}
                <span className="ml-1 inline-flex gap-1">
                  {item.isLocal && <Badge tone="blue">{t("indicators.local")}</Badge>}
                  {item.isVeto && <Badge tone="red">{t("indicators.veto")}</Badge>}
                </span>
                <p className="text-xs text-slate-500">
                  {item.categoryName} › {item.contentName}
                </p>
              </Td>
              <Td>
                <Badge tone={item.role === "LEAD" ? "green" : "neutral"}>{t(`indicators.roles.${item.role}`)}</Badge>
              </Td>
              <Td className="text-right tabular-nums">{item.points}</Td>
              <Td className="whitespace-nowrap">{t(`indicators.methods.${item.method}`)}</Td>
              <Td className="text-slate-700">
                {explainRubric({ rubricKind: item.rubricKind, rubricParams: item.rubricParams as RubricParams, points: item.points })}
              </Td>
              <Td className="whitespace-nowrap">{days === null ? "—" : t("indicators.daysValue", { days })}</Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
