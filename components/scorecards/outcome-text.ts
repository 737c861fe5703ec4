import type { CheckOutcome } from "@/lib/domain/scoring/rubrics";
import type { Translate } from "@/lib/i18n/translate";

/** A check's outcome in words: 合格 / 不合格, 发现问题 2 处, 等级 B, 测得值 12.5. */
export function outcomeText(outcome: CheckOutcome, t: Translate): string {
  if ("pass" in outcome) return t(outcome.pass ? "scorecards.outcome.pass" : "scorecards.outcome.fail");
  if ("findings" in outcome) return t("scorecards.outcome.findings", { count: outcome.findings });
  if ("grade" in outcome) return t("scorecards.outcome.grade", { grade: outcome.grade });
  return t("scorecards.outcome.value", { value: String(outcome.value) });
}
