import type { ProgressRollup } from "@/lib/domain/tasks/progress-rollup";
import type { Translate } from "@/lib/i18n/translate";

/** The completion rate as a bar, with its arithmetic written out ("12 / 30 = 40.0%", or "—"). */
export function ProgressBar({ rollup, label, t }: { rollup: ProgressRollup; label: string; t: Translate }) {
  const rate = rollup.rate ?? 0;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rollup.rate ?? undefined}
        aria-valuetext={rollup.arithmetic ?? t("tasks.summary.noRate")}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-green-600" style={{ width: `${rate}%` }} />
      </div>
      <p className="text-xs text-slate-600 tabular-nums">
        {t("tasks.summary.rateLabel")} {rollup.arithmetic ?? t("tasks.summary.noRate")}
      </p>
    </div>
  );
}
