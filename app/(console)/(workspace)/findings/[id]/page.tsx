import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingBadges } from "@/components/findings/finding-badges";
import { FindingPhotos } from "@/components/findings/finding-photos";
import { FindingTimeline } from "@/components/findings/finding-timeline";
import { RedirectForm } from "@/components/findings/redirect-form";
import { ReopenForm } from "@/components/findings/reopen-form";
import { ReplyForm } from "@/components/findings/reply-form";
import { VerifyForm } from "@/components/findings/verify-form";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { canApply, canRedirect } from "@/lib/domain/findings/finding-transitions";
import { getT } from "@/lib/i18n/server";
import { getFindingDetail } from "@/lib/server/findings/get-finding-detail";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("findings.title") };
}

/** One finding: what, where, until when; before and after photos side by side; the timeline; the actions the actor may take now. */
export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "read:finding")) notFound();
  const t = await getT();
  const finding = await orNotFound(getFindingDetail(actor, (await params).id));
  const ref = { id: finding.id, version: finding.version };
  const mayReply = can(actor, "reply:finding") && canApply(finding.status, "SUBMIT");
  const mayVerify = can(actor, "verify:finding") && canApply(finding.status, "ACCEPT");
  const mayReopen = can(actor, "reopen:finding") && canApply(finding.status, "REOPEN");
  const redirectTargets = finding.checkDepartments.filter((department) => department.id !== finding.department.id);
  const mayRedirect = can(actor, "redirect:finding") && canRedirect(finding.status) && redirectTargets.length > 0;
  const facts: [string, string][] = [
    [t("findings.table.criterion"), finding.criterion ? `${finding.criterion.code} ${finding.criterion.title}` : "—"],
    [t("findings.table.site"), finding.site?.name ?? "—"],
    [t("findings.detail.round"), finding.round?.name ?? "—"],
    [t("findings.table.department"), finding.department.name],
    [t("findings.table.dueDate"), finding.dueDate],
    [t("findings.detail.verifiedOn"), finding.verifiedOn ?? "—"],
  ];
  const reportLink = finding.citizenReportId && can(actor, "read:citizen-report") ? `/citizen-reports/${finding.citizenReportId}` : null;

  return (
    <>
      <PageHeader
        title={finding.description}
        description={<FindingBadges finding={finding} t={t} />}
        actions={<ButtonLink href={actor.role === "DEPARTMENT_LIAISON" ? "/my" : "/findings"}>{t("findings.detail.back")}</ButtonLink>}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {mayReply && (
            <Card title={t("findings.reply.title")}>
              <ReplyForm finding={ref} />
            </Card>
          )}
          <Card title={t("findings.detail.summary")}>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            {reportLink && (
              <p className="mt-3 text-sm">
                <Link href={reportLink} className="text-red-800 hover:underline">
                  {t("citizenReports.fromReport")}
                </Link>
              </p>
            )}
          </Card>
          <Card>
            <FindingPhotos before={finding.beforePhotos} after={finding.afterPhotos} t={t} />
          </Card>
          {mayVerify && (
            <Card title={t("findings.verify.title")}>
              <VerifyForm finding={ref} />
            </Card>
          )}
          {mayReopen && (
            <Card title={t("findings.reopen.title")}>
              <ReopenForm finding={ref} />
            </Card>
          )}
          {mayRedirect && (
            <Card title={t("findings.redirect.title")}>
              <RedirectForm finding={ref} departments={redirectTargets} />
            </Card>
          )}
        </div>
        <Card title={t("findings.detail.timeline")}>
          <FindingTimeline events={finding.timeline} t={t} />
        </Card>
      </div>
    </>
  );
}
