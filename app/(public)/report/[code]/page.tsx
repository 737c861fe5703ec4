import type { Metadata } from "next";
import Link from "next/link";
import { ReportLookup } from "@/components/report/report-lookup";
import { ReportStatusView } from "@/components/report/report-status-view";
import { Alert } from "@/components/ui/alert";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getReportStatus } from "@/lib/server/citizen-reports/get-report-status";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function statusOrNull(code: string) {
  try {
    return await getReportStatus(code);
  } catch (error) {
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  // The code stays out of the title: it is the reporter's key, and titles end up in histories and shares.
  return { title: t("report.statusTitle"), description: t("report.statusDescription"), robots: { index: false, follow: false } };
}

/** A report's status by its tracking code, with the rating form once the fix is verified. */
export default async function ReportStatusPage({ params }: Props) {
  const { code } = await params;
  const [t, report] = await Promise.all([getT(), statusOrNull(code)]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t("report.statusTitle")}</h1>
        {report && <p className="font-mono text-lg text-slate-800">{report.code}</p>}
      </header>
      {report ? <ReportStatusView t={t} report={report} /> : <Alert tone="warning">{t("report.notFound")}</Alert>}
      {!report && <ReportLookup t={t} />}
      <p>
        <Link href="/report" className="text-sm text-red-800 underline underline-offset-2">
          {t("report.newReport")}
        </Link>
      </p>
    </div>
  );
}
