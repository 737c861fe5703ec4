import { DepartmentTable } from "@/components/scorecards/department-table";
import { ProvinceCitiesTable } from "@/components/scorecards/province-cities-table";
import { RankingListCard } from "@/components/scorecards/ranking-list-card";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Td, Th, Tr } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import type { PreviewView } from "./preview-view";

/** Exactly what publishing would freeze: the city score and veto, each list's red and black members, the department table. */
export function PreviewFigures({ view, t }: { view: PreviewView; t: Translate }) {
  if (view.scope === "PROVINCE") {
    return (
      <div data-preview className="space-y-3">
        <p className="text-sm text-slate-700">{t("publications.panel.periodOf", { owner: view.owner, start: view.period.start, end: view.period.end })}</p>
        <ProvinceCitiesTable cities={view.cities} t={t} />
      </div>
    );
  }
  return (
    <div data-preview className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("publications.panel.cityScore")} <span className="text-2xl font-semibold tabular-nums">{view.cityScore ?? "—"}</span>{" "}
        {view.kind === "ROUND" && view.vetoed && <Badge tone="red">{t("publications.panel.vetoed")}</Badge>}
        {view.kind !== "ROUND" && view.vetoedRounds > 0 && <Badge tone="red">{t("publications.panel.vetoedRounds", { count: view.vetoedRounds })}</Badge>}
      </p>
      {view.kind !== "ROUND" && (
        <Table caption={t("publications.panel.roundsAveraged", { start: view.period.start, end: view.period.end })}>
          <thead>
            <tr>
              <Th>{t("publications.panel.roundName")}</Th>
              <Th>{t("publications.panel.periodEnd")}</Th>
              <Th className="text-right">{t("publications.panel.cityScore")}</Th>
            </tr>
          </thead>
          <tbody>
            {view.rounds.length === 0 && <EmptyRow colSpan={3}>{t("publications.panel.noRounds")}</EmptyRow>}
            {view.rounds.map((round) => (
              <Tr key={`${round.roundName}-${round.periodEnd}`}>
                <Td>
                  {round.roundName} {round.vetoed && <Badge tone="red">{t("publications.panel.vetoed")}</Badge>}
                </Td>
                <Td className="tabular-nums">{round.periodEnd}</Td>
                <Td className="text-right tabular-nums">{round.cityScore ?? "—"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      {view.lists.length > 0 && (
        <div className="grid gap-4 lg:grid-cols-2">
          {view.lists.map((list) => (
            <RankingListCard key={list.id} list={list} t={t} />
          ))}
        </div>
      )}
      <DepartmentTable rows={view.departments} t={t} />
    </div>
  );
}
