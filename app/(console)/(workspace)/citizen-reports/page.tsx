import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportTable } from "@/components/citizen-reports/report-table";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { enumParam, PAGE_SIZE, pageParam, type SearchParams } from "@/components/layout/search-params";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { CITIZEN_REPORT_STATUSES } from "@/lib/domain/citizen-reports/report-status-of-finding";
import { getT } from "@/lib/i18n/server";
import { countCitizenReportsByStatus, listCitizenReports } from "@/lib/server/citizen-reports/list-citizen-reports";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("citizenReports.title") };
}

/** 随手拍 queue: a tab per status (待处理 first), the oldest waiting report on top. */
export default async function CitizenReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:citizen-report")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const status = enumParam(sp, "status", CITIZEN_REPORT_STATUSES) ?? "RECEIVED";
  const page = pageParam(sp);
  const [list, counts] = await Promise.all([listCitizenReports(actor, { status, page, pageSize: PAGE_SIZE }), countCitizenReportsByStatus(actor)]);

  return (
    <>
      <PageHeader
        title={t("citizenReports.title")}
        description={t("citizenReports.description")}
        actions={
          can(actor, "manage:report-category") ? <ButtonLink href="/settings#report-categories">{t("citizenReports.categoriesLink")}</ButtonLink> : undefined
        }
      />
      <nav aria-label={t("citizenReports.tabs")} className="mb-3 flex flex-wrap gap-1 border-b border-slate-200">
        {CITIZEN_REPORT_STATUSES.map((tab) => (
          <Link
            key={tab}
            href={`/citizen-reports?status=${tab}`}
            aria-current={tab === status ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${tab === status ? "border-red-700 font-medium text-red-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`citizenReports.status.${tab}`)} <span className="text-slate-500">({counts[tab]})</span>
          </Link>
        ))}
      </nav>
      <ReportTable items={list.items} t={t} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} basePath="/citizen-reports" query={{ status }} />
    </>
  );
}
