"use client";
import { useT } from "@/lib/i18n/client";
import type { Rubric, SavedCheckJson } from "@/lib/inspect/api-types";
import { outcomeSummary } from "./outcome-summary";

/** Someone corrected the check first: what is saved now, so the inspector decides whether to send again. */
export function CorrectionConflict({ rubric, current }: { rubric: Rubric; current: SavedCheckJson }) {
  const t = useT();
  return (
    <div role="alert" className="space-y-1 rounded bg-amber-50 p-2 text-sm text-amber-900">
      <p>{t("inspect.correction.conflict")}</p>
      <p className="font-medium">
        {t("inspect.correction.current", { summary: outcomeSummary(t, rubric, current.visitStatus, current.outcome) })}
        {current.note ? ` · ${current.note}` : ""}
      </p>
    </div>
  );
}
