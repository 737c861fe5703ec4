import { Badge } from "@/components/ui/badge";
import type { ReportStatusDto } from "@/lib/domain/citizen-reports/report-status";
import { canRate } from "@/lib/domain/citizen-reports/report-status";
import { formatInstant } from "@/lib/domain/dates";
import type { Translate } from "@/lib/i18n/translate";
import { RatingForm } from "./rating-form";

const TONES = { RECEIVED: "blue", ACCEPTED: "blue", RECTIFYING: "amber", RECTIFIED: "green", REJECTED: "neutral" } as const;

const at = (iso: string) => formatInstant(new Date(iso));

/** A report's status as its reporter follows it: the state, when, the reason or the after-photo, and the rating. */
export function ReportStatusView({ t, report }: { t: Translate; report: ReportStatusDto }) {
  return (
    <div className="space-y-5">
      <section aria-labelledby="report-status" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report-status" className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
          <span>{t("report.statusHeading")}</span>
          <Badge tone={TONES[report.status]}>{t(`report.statusLabel.${report.status}`)}</Badge>
        </h2>
        <p className="text-sm text-slate-700">{t(`report.statusText.${report.status}`)}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("report.statusAt")}</dt>
          <dd>{at(report.statusAt)}</dd>
          {report.rectifiedAt && (
            <>
              <dt className="text-slate-600">{t("report.rectifiedAt")}</dt>
              <dd>{at(report.rectifiedAt)}</dd>
            </>
          )}
          {report.rejectionReason && (
            <>
              <dt className="text-slate-600">{t("report.rejectionReason")}</dt>
              <dd className="whitespace-pre-line">{report.rejectionReason}</dd>
            </>
          )}
        </dl>
        {report.afterPhoto && (
          <figure className="space-y-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by the public API as stored, no image optimizer */}
            <img src={report.afterPhoto} alt={t("report.afterPhotoAlt")} className="max-h-96 w-auto max-w-full rounded border border-slate-200" />
            <figcaption className="text-xs text-slate-600">{t("report.afterPhoto")}</figcaption>
          </figure>
        )}
      </section>
      {report.rating ? (
        <section aria-labelledby="report-rating" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="report-rating" className="text-base font-semibold text-slate-900">
            {t("report.rating.title")}
          </h2>
          <p className="text-sm">
            {t("report.rating.yours", { value: t(report.rating.satisfied ? "report.rating.satisfied" : "report.rating.dissatisfied") })}
          </p>
          {report.rating.comment && <p className="text-sm whitespace-pre-line text-slate-700">{report.rating.comment}</p>}
        </section>
      ) : canRate({ status: report.status, ratedAt: null }) ? (
        <RatingForm code={report.code} />
      ) : null}
    </div>
  );
}
