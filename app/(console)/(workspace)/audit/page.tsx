import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/audit/audit-table";
import { FilterBar } from "@/components/layout/filter-bar";
import { SearchFilter } from "@/components/layout/filter-fields";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:audit")) notFound();
  const t = await getT();
  const sp = await searchParams;
  const query = { actorQuery: param(sp, "actorQuery"), entityType: param(sp, "entityType"), entityId: param(sp, "entityId") };
  const page = pageParam(sp);
  const { items, total } = await listAuditEntries(actor, { ...query, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <FilterBar action="/audit" values={query}>
        <SearchFilter id="audit-actor" name="actorQuery" label={t("audit.fields.actor")} value={query.actorQuery} placeholder={t("audit.actorPlaceholder")} />
        <SearchFilter
          id="audit-entity"
          name="entityType"
          type="text"
          label={t("audit.fields.entityType")}
          value={query.entityType}
          placeholder={t("audit.entityPlaceholder")}
          width="sm:w-48"
        />
        {query.entityId && <input type="hidden" name="entityId" value={query.entityId} />}
      </FilterBar>
      <AuditTable items={items} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/audit" query={query} />
    </>
  );
}
