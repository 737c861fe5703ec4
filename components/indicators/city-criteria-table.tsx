"use client";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { useT } from "@/lib/i18n/client";
import type { CityCriterionRow } from "@/lib/server/indicators/city/city-criterion-row";
import { DeleteLocalCriterionButton } from "./delete-local-criterion-button";
import { LocalizationForm } from "./localization-form";

type Props = { criteria: CityCriterionRow[]; departments: Array<{ id: string; name: string }> };

const names = (departments: Array<{ name: string }>) => departments.map((d) => d.name).join("、");

/** Every criterion of the adopted edition as the city runs it, each editable in place. */
export function CityCriteriaTable({ criteria, departments }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const days = (row: CityCriterionRow) => {
    const value = row.rectificationDays ?? row.defaultRectificationDays;
    return value === null ? "—" : t("indicators.daysValue", { days: value });
  };
  return (
    <Table caption={t("indicators.city.criteriaTitle")}>
      <thead>
        <tr>
          <Th>{t("indicators.fields.code")}</Th>
          <Th>{t("indicators.fields.name")}</Th>
          <Th className="text-right">{t("indicators.fields.points")}</Th>
          <Th>{t("indicators.fields.method")}</Th>
          <Th>{t("indicators.fields.leadDepartmentId")}</Th>
          <Th>{t("indicators.fields.coDepartmentIds")}</Th>
          <Th>{t("indicators.fields.rectificationDays")}</Th>
          <Th>{t("common.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {criteria.length === 0 && <EmptyRow colSpan={8}>{t("indicators.city.noCriteria")}</EmptyRow>}
        {criteria.map((row) => (
          <Fragment key={row.id}>
            <Tr className={row.isExcluded ? "bg-slate-50 text-slate-500" : ""}>
              <Td className="whitespace-nowrap font-mono text-xs">{row.code}</Td>
              <Td>
                <span className="font-medium">{row.name}</span>
                <span className="ml-1 inline-flex gap-1">
                  {row.isLocal && <Badge tone="blue">{t("indicators.local")}</Badge>}
                  {row.isExcluded && <Badge tone="amber">{t("indicators.excluded")}</Badge>}
                  {row.isVeto && <Badge tone="red">{t("indicators.veto")}</Badge>}
                </span>
                <p className="text-xs text-slate-500">
                  {row.categoryName} › {row.contentName}
                </p>
              </Td>
              <Td className="text-right tabular-nums">{row.points}</Td>
              <Td className="whitespace-nowrap">{t(`indicators.methods.${row.method}`)}</Td>
              <Td>{names(row.leads) || <Badge tone="amber">{t("indicators.city.unresolved")}</Badge>}</Td>
              <Td>{names(row.coDepartments) || "—"}</Td>
              <Td className="whitespace-nowrap">{days(row)}</Td>
              <Td className="whitespace-nowrap">
                <div className="flex gap-1">
                  <Button variant="secondary" size="sm" aria-expanded={editing === row.id} onClick={() => setEditing(editing === row.id ? null : row.id)}>
                    {t("indicators.city.localize")}
                    <span className="sr-only"> {row.code}</span>
                  </Button>
                  {row.isLocal && <DeleteLocalCriterionButton id={row.id} code={row.code} />}
                </div>
              </Td>
            </Tr>
            {editing === row.id && (
              <tr className="bg-amber-50/40">
                <td colSpan={8} className="px-3 py-3">
                  <LocalizationForm criterion={row} departments={departments} onDone={() => setEditing(null)} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </Table>
  );
}
