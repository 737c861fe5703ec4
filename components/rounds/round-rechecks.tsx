import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundDetail } from "@/lib/validation/rounds";
import { RecheckResultForm } from "./recheck-result-form";

type Recheck = NonNullable<RoundDetail["rechecks"]>[number];

const RESULT_TONE = { CONFIRMED: "green", NOT_FIXED: "red" } as const;

type Props = { items: Recheck[]; t: Translate; /** Set while the round runs and the actor may record re-checks. */ recordIn?: { roundId: string } };

/** A 回头看 round's items: each sampled verified finding and what its re-check found (or, while it runs, the buttons to record it). */
export function RoundRechecks({ items, t, recordIn }: Props) {
  return (
    <Table caption={t("rounds.rechecks.caption")}>
      <thead>
        <tr>
          <Th>{t("rounds.rechecks.criterion")}</Th>
          <Th>{t("rounds.rechecks.site")}</Th>
          <Th>{t("rounds.rechecks.department")}</Th>
          <Th>{t("rounds.rechecks.description")}</Th>
          <Th>{t("rounds.rechecks.result")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <EmptyRow colSpan={5}>{t("rounds.rechecks.empty")}</EmptyRow>
        ) : (
          items.map(({ finding, result, note }) => (
            <Tr key={finding.id}>
              <Td className="whitespace-nowrap">{finding.criterion ? `${finding.criterion.code} ${finding.criterion.title}` : "—"}</Td>
              <Td>{finding.site?.name ?? "—"}</Td>
              <Td className="whitespace-nowrap">{finding.department.name}</Td>
              <Td>{finding.description}</Td>
              <Td>
                {result ? <Badge tone={RESULT_TONE[result]}>{t(`rounds.rechecks.results.${result}`)}</Badge> : t("rounds.rechecks.pending")}
                {finding.falseRectification && (
                  <span className="ml-1">
                    <Badge tone="red">{t("rounds.rechecks.falseRectification")}</Badge>
                  </span>
                )}
                {note && <p className="mt-1 text-xs text-slate-600">{note}</p>}
                {!result && recordIn && <RecheckResultForm roundId={recordIn.roundId} findingId={finding.id} />}
              </Td>
            </Tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
