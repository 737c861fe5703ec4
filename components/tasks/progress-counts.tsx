import type { ProgressRollup } from "@/lib/domain/tasks/progress-rollup";
import type { Translate } from "@/lib/i18n/translate";

/** "已完成 3 · 进行中 1 · 未开始 1 · 逾期 1" */
export function ProgressCounts({ rollup, t }: { rollup: ProgressRollup; t: Translate }) {
  const parts = (["completed", "inProgress", "notStarted", "overdue"] as const).map((key) => `${t(`tasks.summary.${key}`)} ${rollup[key]}`);
  return <p className="text-xs text-slate-600 tabular-nums">{parts.join(" · ")}</p>;
}
