import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { EditionRow } from "@/lib/validation/indicators";
import { ExportLinks } from "./export-links";

export async function EditionsTable({ items }: { items: EditionRow[] }) {
  const t = await getT();
  return (
    <Table caption={t("indicators.editions.title")}>
      <thead>
        <tr>
          <Th>{t("indicators.fields.editionCode")}</Th>
          <Th>{t("indicators.fields.editionName")}</Th>
          <Th className="text-right">{t("indicators.tree.criteriaCount")}</Th>
          <Th className="text-right">{t("indicators.editions.totalPoints")}</Th>
          <Th>{t("indicators.editions.status")}</Th>
          <Th>{t("indicators.editions.export")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={6}>{t("indicators.editions.empty")}</EmptyRow>}
        {items.map((edition) => (
          <Tr key={edition.id}>
            <Td className="font-mono text-xs whitespace-nowrap">{edition.code}</Td>
            <Td>
              <Link href={`/editions/${edition.id}`} className="font-medium text-red-800 hover:underline">
                {edition.name}
              </Link>
              {edition.description && <p className="text-xs text-slate-500">{edition.description}</p>}
            </Td>
            <Td className="text-right tabular-nums">{edition.criteriaCount}</Td>
            <Td className="text-right tabular-nums">{edition.totalPoints}</Td>
            <Td>{edition.isLocked ? <Badge tone="amber">{t("indicators.locked")}</Badge> : <Badge tone="green">{t("indicators.editable")}</Badge>}</Td>
            <Td>
              <ExportLinks editionId={edition.id} label={edition.code} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
