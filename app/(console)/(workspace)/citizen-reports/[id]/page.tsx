import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AcceptReportForm } from "@/components/citizen-reports/accept-report-form";
import { MergeReportForm } from "@/components/citizen-reports/merge-report-form";
import { RejectReportForm } from "@/components/citizen-reports/reject-report-form";
import { ReportPhotos, ReportPlace } from "@/components/citizen-reports/report-photos";
import { ReportRating, ReportStatusBadge } from "@/components/citizen-reports/report-status-badge";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { isModeratable } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { getCitizenReport } from "@/lib/server/citizen-reports/get-citizen-report";
import { listModerationOptions } from "@/lib/server/citizen-reports/list-moderation-options";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("citizenReports.title") };
}

/** One report: what the resident saw, where, their photos and contact (office only); 受理 / 合并 / 驳回 while it waits. */
export default async function CitizenReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "read:citizen-report")) notFound();
  const t = await getT();
  const report = await orNotFound(getCitizenReport(actor, (await params).id));
  const mayModerate = can(actor, "moderate:citizen-report") && isModeratable(report.status);
  const options = mayModerate ? await listModerationOptions(actor, report.id) : null;
  const at = (iso: string | null) => (iso ? formatInstant(new Date(iso)) : "—");
  const facts: [string, React.ReactNode][] = [
    [t("citizenReports.table.category"), report.category.name],
    [t("citizenReports.table.place"), <ReportPlace key="place" place={report.place} t={t} />],
    [t("citizenReports.table.contact"), report.contact ?? (report.contactErased ? t("citizenReports.contactErased") : "—")],
    [t("citizenReports.table.receivedAt"), at(report.receivedAt)],
    [t("citizenReports.detail.statusAt"), at(report.statusAt)],
    [t("citizenReports.detail.closedAt"), at(report.closedAt)],
    [t("citizenReports.table.rating"), <ReportRating key="rating" rating={report.rating} t={t} />],
  ];
  if (report.rejectionReason) facts.push([t("citizenReports.detail.rejectionReason"), report.rejectionReason]);
  if (report.rating?.comment) facts.push([t("citizenReports.detail.ratingComment"), report.rating.comment]);

  return (
    <>
      <PageHeader
        title={t("citizenReports.detail.title", { code: report.code })}
        description={<ReportStatusBadge status={report.status} t={t} />}
        actions={<ButtonLink href="/citizen-reports">{t("citizenReports.detail.back")}</ButtonLink>}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={t("citizenReports.detail.description")}>
            <p className="text-sm whitespace-pre-wrap text-slate-900">{report.description}</p>
          </Card>
          <Card title={t("citizenReports.detail.photos")}>
            <ReportPhotos photos={report.photos} t={t} />
          </Card>
          <Card title={t("citizenReports.detail.summary")}>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            {report.findingId && can(actor, "read:finding") && (
              <p className="mt-3 text-sm">
                <Link href={`/findings/${report.findingId}`} className="text-red-800 hover:underline">
                  {t("citizenReports.detail.finding")}
                </Link>
              </p>
            )}
          </Card>
        </div>
        {options && (
          <div className="space-y-4">
            <Card title={t("citizenReports.accept.title")}>
              <AcceptReportForm reportId={report.id} options={options} />
            </Card>
            <Card title={t("citizenReports.merge.title")}>
              <MergeReportForm reportId={report.id} findings={options.findings} />
            </Card>
            <Card title={t("citizenReports.reject.title")}>
              <RejectReportForm reportId={report.id} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
