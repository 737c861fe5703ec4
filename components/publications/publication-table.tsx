import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatInstant } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicationListItem } from "@/lib/server/publications/publication-dto";
import { bulletinHref } from "./bulletin-href";

type Props = { items: PublicationListItem[]; canReadOfficial: boolean; t: Translate };

/** Publications newest first; one replaced by a correction is marked 已被更正 with a link to the correction. */
export function PublicationTable({ items, canReadOfficial, t }: Props) {
  return (
    <Table caption={t("publications.table.caption")}>
      <thead>
        <tr>
          <Th>{t("publications.table.title")}</Th>
          <Th>{t("publications.table.kind")}</Th>
          <Th>{t("publications.table.owner")}</Th>
          <Th>{t("publications.table.period")}</Th>
          <Th>{t("publications.table.publishedAt")}</Th>
          <Th>{t("publications.table.status")}</Th>
          <Th>{t("publications.table.downloads")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={7}>{t("publications.table.empty")}</EmptyRow>}
        {items.map((item) => (
          <Tr key={item.id} data-superseded={item.supersededBy ? "" : undefined}>
            <Td className="font-medium">
              <Link href={`/publications/${item.id}`} className="text-red-800 hover:underline">
                {item.title}
              </Link>
            </Td>
            <Td>
              {t(`scorecards.kind.${item.kind}`)}
              {item.round && <span className="block text-xs text-slate-500">{item.round.name}</span>}
            </Td>
            <Td>{item.city?.name ?? t("publications.filters.scopePROVINCE")}</Td>
            <Td className="whitespace-nowrap tabular-nums">{`${item.periodStart} ~ ${item.periodEnd}`}</Td>
            <Td className="whitespace-nowrap tabular-nums">{formatInstant(new Date(item.publishedAt))}</Td>
            <Td>
              {item.supersededBy ? (
                <span className="flex flex-col gap-1">
                  <Badge tone="amber">{t("publications.table.superseded")}</Badge>
                  <Link href={`/publications/${item.supersededBy}`} className="text-xs text-red-800 underline">
                    {t("publications.table.toCorrection")}
                  </Link>
                </span>
              ) : (
                <Badge tone="green">{t("publications.table.standing")}</Badge>
              )}
            </Td>
            <Td>
              <a href={bulletinHref(item.id, { isPublic: !canReadOfficial })} className="text-sm text-red-800 underline" download>
                {t("publications.bulletin.docx")}
              </a>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
