import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundScoreView } from "@/lib/server/rounds/get-round-score-view";

/** The round's scores from the engine: the city's score (and veto) and each department's scorecard in rank order. */
export function RoundScores({ roundId, scores, t }: { roundId: string; scores: RoundScoreView; t: Translate }) {
  const red = new Set(scores.redList);
  const black = new Set(scores.blackList);
  return (
    <section aria-labelledby="round-scores" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="round-scores" className="text-base font-semibold text-slate-900">
          {t("rounds.scores.title")}
        </h2>
        <a href={`/api/v1/rounds/${roundId}/scores`} className="text-sm text-red-800 hover:underline">
          {t("rounds.scores.json")}
        </a>
      </div>
      <p className="text-sm text-slate-700">
        {t("rounds.scores.cityScore")} <strong className="text-lg tabular-nums">{scores.cityScore ?? "—"}</strong>{" "}
        {scores.vetoed && <Badge tone="red">{t("rounds.scores.vetoed")}</Badge>}
      </p>
      <Table caption={t("rounds.scores.departments")}>
        <thead>
          <tr>
            <Th>{t("rounds.scores.rank")}</Th>
            <Th>{t("rounds.scores.department")}</Th>
            <Th className="text-right">{t("rounds.scores.composite")}</Th>
            <Th className="text-right">{t("rounds.scores.inspection")}</Th>
            <Th className="text-right">{t("rounds.scores.rectification")}</Th>
            <Th className="text-right">{t("rounds.scores.ledger")}</Th>
            <Th className="text-right">{t("rounds.scores.overdue")}</Th>
          </tr>
        </thead>
        <tbody>
          {scores.departments.length === 0 ? (
            <EmptyRow colSpan={7}>{t("rounds.scores.empty")}</EmptyRow>
          ) : (
            scores.departments.map((department) => (
              <Tr key={department.name}>
                <Td className="tabular-nums">{department.rank ?? "—"}</Td>
                <Td>
                  {department.name} {red.has(department.name) && <Badge tone="green">{t("rounds.scores.redList")}</Badge>}
                  {black.has(department.name) && <Badge tone="red">{t("rounds.scores.blackList")}</Badge>}
                </Td>
                <Td className="text-right tabular-nums">{department.composite ?? "—"}</Td>
                <Td className="text-right tabular-nums">{department.inspectionScore ?? "—"}</Td>
                <Td className="text-right tabular-nums">{department.rectificationRate ?? "—"}</Td>
                <Td className="text-right tabular-nums">{department.ledgerCompleteness ?? "—"}</Td>
                <Td className="text-right tabular-nums">{department.overdueOpen}</Td>
              </Tr>
            ))
          )}
        </tbody>
      </Table>
    </section>
  );
}
