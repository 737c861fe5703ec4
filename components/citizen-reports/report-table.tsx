import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import { formatInstant } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { CitizenReportItem } from "@/lib/validation/citizen-reports-office";
import { ReportPhotos, ReportPlace } from "./report-photos";
import { ReportRating, ReportStatusBadge } from "./report-status-badge";

/** One page of the queue: what, where, from whom (the office only), when, and how it stands. */
export function ReportTable({ items, t }: { items: CitizenReportItem[]; t: Translate }) {
  return (
    <Table caption={t("citizenReports.table.caption")}>
      <thead>
        <tr>
          <Th>{t("citizenReports.table.code")}</Th>
          <Th>{t("citizenReports.table.photos")}</Th>
          <Th>{t("citizenReports.table.category")}</Th>
          <Th>{t("citizenReports.table.place")}</Th>
          <Th>{t("citizenReports.table.contact")}</Th>
          <Th>{t("citizenReports.table.receivedAt")}</Th>
          <Th>{t("citizenReports.table.status")}</Th>
          <Th>{t("citizenReports.table.rating")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && <EmptyRow colSpan={8}>{t("citizenReports.table.empty")}</EmptyRow>}
        {items.map((item) => (
          <Tr key={item.id}>
            <Td>
              <Link href={`/citizen-reports/${item.id}`} className="font-mono text-red-800 hover:underline">
                {item.code}
              </Link>
              <p className="mt-1 line-clamp-2 max-w-xs text-xs text-slate-600">{item.description}</p>
            </Td>
            <Td>
              <ReportPhotos photos={item.photos} t={t} size="sm" />
            </Td>
            <Td>{item.category.name}</Td>
            <Td>
              <ReportPlace place={item.place} t={t} />
            </Td>
            <Td>{item.contact ?? (item.contactErased ? t("citizenReports.contactErased") : "—")}</Td>
            <Td className="whitespace-nowrap">{formatInstant(new Date(item.receivedAt))}</Td>
            <Td>
              <ReportStatusBadge status={item.status} t={t} />
            </Td>
            <Td>
              <ReportRating rating={item.rating} t={t} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
