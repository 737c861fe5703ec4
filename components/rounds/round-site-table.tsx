import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundSiteItem } from "@/lib/validation/rounds";
import { RoundProgress } from "./round-badges";
import { RoundInspectorSelect } from "./round-inspector-select";

type Props = {
  roundId: string;
  sites: RoundSiteItem[];
  /** The city's inspectors when the office may still change who checks a site; otherwise the name is shown. */
  inspectors: { id: string; name: string }[] | null;
  t: Translate;
};

/** The round's sites in draw order, each with its inspector and its checks done / expected. */
export function RoundSiteTable({ roundId, sites, inspectors, t }: Props) {
  return (
    <Table caption={t("rounds.sites.caption")}>
      <thead>
        <tr>
          <Th>{t("rounds.sites.code")}</Th>
          <Th>{t("rounds.sites.name")}</Th>
          <Th>{t("rounds.sites.type")}</Th>
          <Th>{t("rounds.sites.street")}</Th>
          <Th>{t("rounds.sites.inspector")}</Th>
          <Th>{t("rounds.sites.progress")}</Th>
        </tr>
      </thead>
      <tbody>
        {sites.length === 0 ? (
          <EmptyRow colSpan={6}>{t("rounds.sites.empty")}</EmptyRow>
        ) : (
          sites.map(({ site, inspector, progress }) => (
            <Tr key={site.id}>
              <Td className="whitespace-nowrap tabular-nums">{site.code}</Td>
              <Td>
                {/* The site's checks open below the table, each with 更正 while the round runs. */}
                <Link
                  href={`/rounds/${roundId}?site=${site.id}#site-checks`}
                  className="text-red-800 hover:underline"
                  aria-label={`${t("rounds.siteChecks.view")}：${site.name}`}
                >
                  {site.name}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{site.siteType.name}</Td>
              <Td className="whitespace-nowrap">{site.street ?? "—"}</Td>
              <Td>
                {inspectors ? (
                  <RoundInspectorSelect roundId={roundId} siteId={site.id} siteName={site.name} inspectorId={inspector?.id ?? null} inspectors={inspectors} />
                ) : (
                  (inspector?.name ?? t("rounds.sites.anyInspector"))
                )}
              </Td>
              <Td>
                <RoundProgress progress={progress} label={t("rounds.progressOf", { name: site.name })} t={t} />
              </Td>
            </Tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
