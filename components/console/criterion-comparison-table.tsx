import Link from "next/link";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { CriterionComparisonRow } from "@/lib/server/console/compare-criterion";

/** One criterion's earned / possible per city, best first; cities where it was not assessed last. */
export function CriterionComparisonTable({ rows, code, t }: { rows: CriterionComparisonRow[]; code: string; t: Translate }) {
  return (
    <Table caption={t("console.criteria.caption", { code })}>
      <thead>
        <tr>
          <Th>{t("console.criteria.city")}</Th>
          <Th className="text-right">{t("console.criteria.earnedPossible")}</Th>
          <Th className="text-right">{t("console.criteria.percent")}</Th>
          <Th>{t("console.criteria.publication")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Tr key={row.city.slug}>
            <Td className="font-medium">
              <Link href={`/province/cities/${encodeURIComponent(row.city.slug)}`} className="hover:underline">
                {row.city.name}
              </Link>
            </Td>
            <Td className="text-right tabular-nums">{row.earned === null ? t("console.criteria.notAssessed") : `${row.earned} / ${row.possible}`}</Td>
            <Td className="text-right tabular-nums">{row.percent === null ? "—" : `${row.percent}%`}</Td>
            <Td>
              {row.publication ? (
                <Link href={`/publications/${row.publication.id}`} className="text-red-800 hover:underline">
                  {row.publication.title}
                </Link>
              ) : (
                t("console.city.noPublication")
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
