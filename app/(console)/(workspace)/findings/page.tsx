import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FindingFilters, type FindingFilterValues } from "@/components/findings/finding-filters";
import { FindingTable } from "@/components/findings/finding-table";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { listFindingFilterOptions } from "@/lib/server/findings/list-finding-filter-options";
import { listFindings, parseFindingQuery } from "@/lib/server/findings/list-findings";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("findings.title") };
}

const FILTERS = ["status", "overdue", "dueSoon", "falseRectification", "round", "department", "criterion", "site"] as const;

/** All findings in the actor's scope with filters in the URL; the office dispatches in bulk. */
export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:finding")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const values = Object.fromEntries(FILTERS.flatMap((name) => (param(sp, name) ? [[name, param(sp, name)!]] : []))) as FindingFilterValues &
    Record<string, string>;
  const page = pageParam(sp);
  const [list, options] = await Promise.all([
    listFindings(actor, parseFindingQuery({ ...values, page: String(page), pageSize: String(PAGE_SIZE) })).catch((error) => {
      if (isAppError(error) && error.status === 422) return null;
      throw error;
    }),
    listFindingFilterOptions(actor),
  ]);

  return (
    <>
      <PageHeader title={t("findings.title")} description={t(actor.role === "DEPARTMENT_LIAISON" ? "findings.liaisonDescription" : "findings.description")} />
      <FindingFilters values={values} options={options} t={t} />
      {list ? (
        <>
          <FindingTable items={list.items} canDispatch={can(actor, "dispatch:finding")} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.total} basePath="/findings" query={values} />
        </>
      ) : (
        <Alert tone="error">{t("findings.filters.invalid")}</Alert>
      )}
    </>
  );
}
