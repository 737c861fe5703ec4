import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CreateDepartmentPanel } from "@/components/departments/create-department-panel";
import { DepartmentsTable } from "@/components/departments/departments-table";
import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter, SearchFilter, SelectFilter } from "@/components/layout/filter-fields";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { enumParam, PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listDepartments } from "@/lib/server/departments/list-departments";
import { DEPARTMENT_KINDS } from "@/lib/validation/departments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("departments.title") };
}

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (actor.role === "DEPARTMENT_LIAISON" && actor.departmentId) redirect(`/departments/${actor.departmentId}`);
  if (!can(actor, "read:department")) notFound();
  const t = await getT();
  const canManage = can(actor, "manage:department");
  const sp = await searchParams;
  const query = { q: param(sp, "q"), kind: enumParam(sp, "kind", DEPARTMENT_KINDS), deleted: canManage && param(sp, "deleted") === "1" ? "1" : undefined };
  const page = pageParam(sp);
  const { items, total } = await listDepartments(actor, { q: query.q, kind: query.kind, includeDeleted: query.deleted === "1", page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title={t("departments.title")} description={t("departments.description")} />
      {canManage && (
        <div className="mb-4">
          <CreateDepartmentPanel />
        </div>
      )}
      <FilterBar action="/departments" values={query}>
        <SearchFilter
          id="departments-q"
          name="q"
          label={t("departments.searchLabel")}
          value={query.q}
          placeholder={t("departments.searchPlaceholder")}
          width="sm:w-64"
        />
        <SelectFilter
          id="departments-kind"
          name="kind"
          label={t("departments.filterKind")}
          value={query.kind}
          placeholder={t("layout.all")}
          width="sm:w-40"
          options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`departments.kinds.${kind}`) }))}
        />
        {canManage && <CheckboxFilter name="deleted" label={t("departments.showDeleted")} checked={query.deleted === "1"} />}
      </FilterBar>
      <DepartmentsTable items={items} showCity={actor.cityId === null} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/departments" query={query} />
    </>
  );
}
