import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { DepartmentRow } from "@/lib/server/console/department-rows";
import { departmentHref } from "./department-href";
import { MovementMark } from "./movement-mark";

type Props = { rows: DepartmentRow[]; t: Translate; /** set when each figure opens what made it */ publicationId?: string };

const absent = <span className="text-slate-400">—</span>;

/** A publication's department results in list order: rank, figures as published, movement on the default list. */
export function DepartmentTable({ rows, t, publicationId }: Props) {
  const figure = (row: DepartmentRow, value: string | null, part: "inspection" | "rectification" | "ledger"): ReactNode => {
    if (value === null) return absent;
    if (!publicationId) return value;
    return (
      <Link href={departmentHref(publicationId, row.name, part)} className="text-red-800 hover:underline">
        {value}
      </Link>
    );
  };
  return (
    <Table caption={t("scorecards.departments.title")}>
      <thead>
        <tr>
          <Th>{t("scorecards.departments.rank")}</Th>
          <Th>{t("scorecards.departments.name")}</Th>
          <Th className="text-right">{t("scorecards.departments.inspection")}</Th>
          <Th className="text-right">{t("scorecards.departments.rectification")}</Th>
          <Th className="text-right">{t("scorecards.departments.ledger")}</Th>
          <Th className="text-right">{t("scorecards.departments.composite")}</Th>
          <Th className="text-right">{t("scorecards.departments.overdue")}</Th>
          <Th>{t("scorecards.departments.movement")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={8}>{t("scorecards.departments.empty")}</EmptyRow>}
        {rows.map((row) => (
          <Tr key={row.name}>
            <Td className="tabular-nums">{row.rank ?? absent}</Td>
            <Td className="font-medium">{publicationId ? <Link href={departmentHref(publicationId, row.name)}>{row.name}</Link> : row.name}</Td>
            <Td className="text-right tabular-nums">{figure(row, row.inspectionScore, "inspection")}</Td>
            <Td className="text-right tabular-nums">{figure(row, row.rectificationRate, "rectification")}</Td>
            <Td className="text-right tabular-nums">{figure(row, row.ledgerCompleteness, "ledger")}</Td>
            <Td className="text-right font-medium tabular-nums">{row.composite ?? absent}</Td>
            <Td className="text-right tabular-nums">{row.overdueOpen}</Td>
            <Td>
              <MovementMark movement={row.movement} t={t} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
