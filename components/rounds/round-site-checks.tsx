import { outcomeSummary } from "@/components/inspect/outcome-summary";
import type { Rubric } from "@/lib/inspect/api-types";
import type { Translate } from "@/lib/i18n/translate";
import type { ChecklistItem } from "@/lib/validation/checks";
import { CheckCorrection } from "./check-correction";

type Props = { items: ChecklistItem[]; t: Translate; canCorrect: boolean };

/** One site's criteria on the round page, each with its saved check and, while the round runs, 更正. */
export function RoundSiteChecks({ items, t, canCorrect }: Props) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("rounds.siteChecks.empty")}</p>;
  return (
    <ul className="space-y-2">
      {items.map(({ criterion, check }) => {
        const rubric = criterion.rubric as Rubric;
        return (
          <li key={criterion.id} aria-label={`${criterion.code} ${criterion.title}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <p className="font-medium text-slate-900">
              <span className="tabular-nums text-slate-500">{criterion.code}</span> {criterion.title}
            </p>
            {check ? (
              <>
                <p className="text-sm text-slate-800">
                  {outcomeSummary(t, rubric, check.visitStatus, check.outcome)}
                  {check.note && <span className="text-slate-500">（{check.note}）</span>}
                  {check.finding && ` · ${t(check.finding.status === "WITHDRAWN" ? "inspect.checklist.findingWithdrawn" : "inspect.checklist.withFinding")}`}
                </p>
                <p className="text-xs text-slate-500">{t("rounds.siteChecks.inspector", { name: check.inspector.name })}</p>
                {/* A new version starts a fresh form from what is now saved. */}
                {canCorrect && <CheckCorrection key={check.version} rubric={rubric} check={check} allowVisit />}
              </>
            ) : (
              <p className="text-sm text-slate-500">{t("rounds.siteChecks.notChecked")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
