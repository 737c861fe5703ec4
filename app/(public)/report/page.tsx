import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReportForm } from "@/components/report/report-form";
import { ReportLookup } from "@/components/report/report-lookup";
import { Alert } from "@/components/ui/alert";
import { normalizeTrackingCode } from "@/lib/domain/citizen-reports/tracking-code";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { getReportFormOptions } from "@/lib/server/citizen-reports/get-report-form-options";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ city?: string; code?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const title = t("report.title");
  const description = t("report.metaDescription");
  return { title, description, openGraph: { title, description, type: "website", locale: "zh_CN" } };
}

/** 文明随手拍: the report form (`?city=slug` presets the city) and the lookup of a tracking code (`?code=`). */
export default async function ReportPage({ searchParams }: Props) {
  const { city, code } = await searchParams;
  const lookedUp = typeof code === "string" ? normalizeTrackingCode(code) : null;
  if (lookedUp) redirect(`/report/${lookedUp}`);
  const [t, cities] = await Promise.all([getT(), getReportFormOptions()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">{t("report.title")}</h1>
        <p className="text-sm text-slate-700">{t("report.intro")}</p>
      </header>
      {cities.length ? (
        <ReportForm cities={cities} presetCity={typeof city === "string" ? city : undefined} maxFileBytes={env().UPLOAD_MAX_BYTES} />
      ) : (
        <Alert tone="info">{t("report.noCities")}</Alert>
      )}
      <ReportLookup t={t} value={typeof code === "string" ? code : undefined} error={typeof code === "string" ? t("report.lookupInvalid") : undefined} />
    </div>
  );
}
