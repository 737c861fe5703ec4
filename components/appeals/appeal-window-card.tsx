import { Card } from "@/components/ui/card";
import { displayScore } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import type { Translate } from "@/lib/i18n/translate";
import type { AppealRound } from "@/lib/server/appeals/list-appeal-rounds";
import { AppealForm } from "./appeal-form";
import { AppealList } from "./appeal-list";

const FIGURES = ["inspectionScore", "rectificationRate", "ledgerCompleteness", "composite"] as const;

/** Two decimals for display, rounded from the engine's exact 4-decimal text. */
function shown(value: string | null): string {
  return value === null ? "—" : displayScore(parseDecimal(value, "score"))!;
}

/** 申诉期: the liaison's closed rounds in their appeal window, its department's draft figures, its appeals and the form. */
export function AppealWindowCard({ rounds, t }: { rounds: AppealRound[]; t: Translate }) {
  if (rounds.length === 0) return null;
  return (
    <Card title={<span id="appeals">{t("appeals.title")}</span>}>
      <p className="mb-3 text-sm text-slate-600">{t("appeals.description")}</p>
      <ul aria-labelledby="appeals" className="space-y-4">
        {rounds.map(({ draft, appeals, isWindowOpen }) => (
          <li key={draft.round.id} className="space-y-2 rounded-md border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-900">{draft.round.name}</p>
            <p className="text-xs text-slate-500 tabular-nums">
              {t("appeals.window", { start: draft.round.periodStart, end: draft.round.periodEnd, closesOn: draft.windowClosesOn })}
            </p>
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
              {FIGURES.map((figure) => (
                <div key={figure}>
                  <dt className="text-xs text-slate-500">{t(`appeals.figure.${figure}`)}</dt>
                  <dd className="tabular-nums">{shown(draft.department[figure])}</dd>
                </div>
              ))}
              <div>
                <dt className="text-xs text-slate-500">{t("appeals.figure.rank")}</dt>
                <dd className="tabular-nums">
                  {draft.department.rank === null ? "—" : t("appeals.rankOf", { rank: draft.department.rank, count: draft.rankedCount })}
                </dd>
              </div>
            </dl>
            <AppealList appeals={appeals} canAnswer={false} t={t} />
            {isWindowOpen && <AppealForm roundId={draft.round.id} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
