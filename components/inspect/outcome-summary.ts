import type { Translate } from "@/lib/i18n/translate";
import type { Rubric } from "@/lib/inspect/api-types";
import type { CheckOutcome } from "@/lib/inspect/queued-check";
import type { VisitStatus } from "@/lib/validation/checks";

/** One line for a saved or queued check: the visit when not inspected, else its outcome. */
export function outcomeSummary(t: Translate, rubric: Rubric, visitStatus: VisitStatus, outcome: CheckOutcome | null | undefined): string {
  if (visitStatus !== "INSPECTED" || !outcome) return t(`inspect.visit.${visitStatus}`);
  if ("pass" in outcome) return outcome.pass ? t("inspect.outcome.pass") : t("inspect.outcome.fail");
  if ("findings" in outcome) return t("inspect.outcome.findingsSummary", { count: outcome.findings });
  if ("grade" in outcome) return t("inspect.outcome.gradeSummary", { grade: outcome.grade });
  return t("inspect.outcome.valueSummary", { value: String(outcome.value), unit: rubric.unit ?? "" });
}
