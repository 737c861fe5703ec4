import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundItem } from "@/lib/validation/rounds";

const STATUS_TONE = { PLANNED: "neutral", IN_PROGRESS: "blue", CLOSED: "green" } as const;

export function RoundStatusBadge({ status, t }: { status: RoundItem["status"]; t: Translate }) {
  return <Badge tone={STATUS_TONE[status]}>{t(`rounds.status.${status}`)}</Badge>;
}

/** Checks done of those expected, as a bar and as numbers ("12 / 40"). */
export function RoundProgress({ progress, label, t }: { progress: RoundItem["progress"]; label: string; t: Translate }) {
  const percent = progress.expected > 0 ? Math.round((100 * progress.done) / progress.expected) : 0;
  return (
    <div className="min-w-28 space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.expected}
        aria-valuenow={progress.done}
        aria-valuetext={t("rounds.progress", progress)}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-green-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-slate-600 tabular-nums">{t("rounds.progress", progress)}</p>
    </div>
  );
}
