import { Badge } from "@/components/ui/badge";
import type { CitizenReportItem } from "@/lib/validation/citizen-reports-office";
import type { Translate } from "@/lib/i18n/translate";

const TONE = { RECEIVED: "amber", ACCEPTED: "blue", RECTIFYING: "blue", RECTIFIED: "green", REJECTED: "neutral" } as const;

export function ReportStatusBadge({ status, t }: { status: CitizenReportItem["status"]; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`citizenReports.status.${status}`)}</Badge>;
}

/** 满意 / 不满意, or nothing before the reporter rated. */
export function ReportRating({ rating, t }: { rating: CitizenReportItem["rating"]; t: Translate }) {
  if (!rating) return <span className="text-slate-400">—</span>;
  return (
    <span title={rating.comment ?? undefined}>
      <Badge tone={rating.satisfied ? "green" : "red"}>{t(rating.satisfied ? "citizenReports.rating.satisfied" : "citizenReports.rating.dissatisfied")}</Badge>
    </span>
  );
}
