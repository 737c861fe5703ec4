import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { CityPublicationItem } from "@/lib/server/console/get-city-console";

/** A city's publications, newest first; a superseded one is marked and links to its correction. */
export function CityPublications({ publications, t }: { publications: CityPublicationItem[]; t: Translate }) {
  return (
    <Table caption={t("console.publications.title")}>
      <thead>
        <tr>
          <Th>{t("console.publications.issue")}</Th>
          <Th>{t("console.publications.name")}</Th>
          <Th>{t("console.publications.kind")}</Th>
          <Th>{t("console.publications.period")}</Th>
          <Th>{t("console.publications.publishedAt")}</Th>
        </tr>
      </thead>
      <tbody>
        {publications.length === 0 && <EmptyRow colSpan={5}>{t("console.publications.empty")}</EmptyRow>}
        {publications.map((publication) => (
          <Tr key={publication.id} className={publication.supersededBy ? "text-slate-500" : ""}>
            <Td className="whitespace-nowrap tabular-nums">{t("scorecards.issue", publication.issue)}</Td>
            <Td>
              <Link href={`/publications/${publication.id}`} className="text-red-800 hover:underline">
                {publication.title}
              </Link>
              {publication.supersededBy && (
                <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs" data-superseded>
                  <Badge tone="amber">{t("scorecards.superseded")}</Badge>
                  <Link href={`/publications/${publication.supersededBy.id}`} className="text-red-800 hover:underline">
                    {t("scorecards.correctedBy", { title: publication.supersededBy.title })}
                  </Link>
                </div>
              )}
            </Td>
            <Td>{t(`scorecards.kind.${publication.kind}`)}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              {publication.periodStart} ~ {publication.periodEnd}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{publication.publishedAt}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
