import type { Translate } from "@/lib/i18n/translate";
import type { PublicReportFigures } from "@/lib/server/public/public-dto";

/** Citizen-report figures (文明随手拍): received, accepted, rectified, satisfaction. */
export function ReportFigures({ figures, t }: { figures: PublicReportFigures; t: Translate }) {
  const items = [
    { label: t("public.reportsReceived"), value: String(figures.received) },
    { label: t("public.reportsAccepted"), value: String(figures.accepted) },
    { label: t("public.reportsRectified"), value: String(figures.rectified) },
    { label: t("public.reportsSatisfaction"), value: figures.satisfactionRate === null ? t("public.noRatings") : `${figures.satisfactionRate}%` },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-md bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{item.label}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
