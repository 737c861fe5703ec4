import Link from "next/link";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundItem } from "@/lib/validation/rounds";
import { RoundProgress, RoundStatusBadge } from "./round-badges";

/** 督查轮次: name (to the round), kind, status, period, sites and check progress. */
export function RoundTable({ items, t }: { items: RoundItem[]; t: Translate }) {
  return (
    <Table caption={t("rounds.table.caption")}>
      <thead>
        <tr>
          <Th>{t("rounds.table.name")}</Th>
          <Th>{t("rounds.table.kind")}</Th>
          <Th>{t("rounds.table.status")}</Th>
          <Th>{t("rounds.table.period")}</Th>
          <Th className="text-right">{t("rounds.table.sites")}</Th>
          <Th>{t("rounds.table.progress")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <EmptyRow colSpan={6}>{t("rounds.table.empty")}</EmptyRow>
        ) : (
          items.map((round) => (
            <Tr key={round.id}>
              <Td>
                <Link href={`/rounds/${round.id}`} className="font-medium text-red-800 hover:underline">
                  {round.name}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">{t(`rounds.kind.${round.kind}`)}</Td>
              <Td>
                <RoundStatusBadge status={round.status} t={t} />
              </Td>
              <Td className="whitespace-nowrap tabular-nums">{`${round.periodStart} — ${round.periodEnd}`}</Td>
              <Td className="text-right tabular-nums">{round.siteCount}</Td>
              <Td>
                <RoundProgress progress={round.progress} label={t("rounds.progressOf", { name: round.name })} t={t} />
              </Td>
            </Tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
