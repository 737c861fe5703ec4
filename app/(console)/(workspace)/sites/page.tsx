import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/layout/filter-bar";
import { SearchFilter, SelectFilter } from "@/components/layout/filter-fields";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { enumParam, PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { CreateSitePanel } from "@/components/sites/create-site-panel";
import { SitesTable } from "@/components/sites/sites-table";
import { SitesNav } from "@/components/sites/sites-nav";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getSiteOptions } from "@/lib/server/sites/get-site-options";
import { listSites } from "@/lib/server/sites/list-sites";

export const dynamic = "force-dynamic";

const ACTIVE = ["1", "0", "all"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("sites.title") };
}

export default async function SitesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:site")) notFound();
  const t = await getT();
  const canManage = can(actor, "manage:site");
  const sp = await searchParams;
  const options = await getSiteOptions(actor);
  const query = {
    q: param(sp, "q"),
    type: param(sp, "type"),
    street: param(sp, "street"),
    grid: param(sp, "grid"),
    department: param(sp, "department"),
    active: enumParam(sp, "active", ACTIVE),
  };
  const page = pageParam(sp);
  const { items, total } = await listSites(actor, {
    ...query,
    active: query.active === "0" ? false : query.active === "all" ? "all" : true,
    page,
    pageSize: PAGE_SIZE,
  });
  const exportQuery = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));

  return (
    <>
      <PageHeader title={t("sites.title")} description={t("sites.description")} />
      <SitesNav current="list" canManage={canManage} />
      {canManage && (
        <div className="mb-4">
          <CreateSitePanel options={options} />
        </div>
      )}
      <FilterBar action="/sites" values={query}>
        <SearchFilter id="sites-q" name="q" label={t("sites.searchLabel")} value={query.q} placeholder={t("sites.searchPlaceholder")} width="sm:w-56" />
        <SelectFilter
          id="sites-type"
          name="type"
          label={t("sites.fields.siteTypeId")}
          value={query.type}
          placeholder={t("layout.all")}
          width="sm:w-40"
          options={options.types.map((type) => ({ value: type.id, label: type.name }))}
        />
        {options.streets.length > 0 && (
          <SelectFilter
            id="sites-street"
            name="street"
            label={t("sites.fields.street")}
            value={query.street}
            placeholder={t("layout.all")}
            width="sm:w-36"
            options={options.streets.map((street) => ({ value: street, label: street }))}
          />
        )}
        {options.grids.length > 0 && (
          <SelectFilter
            id="sites-grid"
            name="grid"
            label={t("sites.fields.grid")}
            value={query.grid}
            placeholder={t("layout.all")}
            width="sm:w-40"
            options={options.grids.map((grid) => ({ value: grid, label: grid }))}
          />
        )}
        {options.departments.length > 0 && (
          <SelectFilter
            id="sites-department"
            name="department"
            label={t("sites.fields.responsibleDepartmentId")}
            value={query.department}
            placeholder={t("layout.all")}
            width="sm:w-44"
            options={options.departments.map((department) => ({ value: department.id, label: department.name }))}
          />
        )}
        <SelectFilter
          id="sites-active"
          name="active"
          label={t("sites.filterActive")}
          value={query.active}
          placeholder={t("sites.activeOnly")}
          width="sm:w-32"
          options={[
            { value: "0", label: t("sites.inactiveOnly") },
            { value: "all", label: t("sites.allSites") },
          ]}
        />
      </FilterBar>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>{t("sites.total", { count: total })}</span>
        {actor.cityId && (
          <a href={`/api/v1/sites/export${exportQuery.size ? `?${exportQuery}` : ""}`} className="font-medium text-red-800 hover:underline" download>
            {t("sites.export")}
          </a>
        )}
      </div>
      <SitesTable items={items} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/sites" query={query} />
    </>
  );
}
