import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/layout/filter-bar";
import { CheckboxFilter, SearchFilter, SelectFilter } from "@/components/layout/filter-fields";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { enumParam, PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { Pagination } from "@/components/ui/pagination";
import { CreateUserPanel } from "@/components/users/create-user-panel";
import { loadScopeOptions } from "@/components/users/load-scope-options";
import { grantableRoles } from "@/components/users/scope-options";
import { UsersTable } from "@/components/users/users-table";
import { ROLES } from "@/lib/auth/actor";
import { can, scopeOf } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listUsers } from "@/lib/server/users/list-users";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("users.title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:user")) notFound();
  const t = await getT();
  const managesAnywhere = scopeOf(actor, "manage:user") === "any";
  const canManage = can(actor, "manage:user");
  const sp = await searchParams;
  const query = { q: param(sp, "q"), role: enumParam(sp, "role", ROLES), inactive: param(sp, "inactive") === "1" ? "1" : undefined };
  const page = pageParam(sp);
  const [{ items, total }, scope] = await Promise.all([
    listUsers(actor, { q: query.q, role: query.role, includeInactive: query.inactive === "1", page, pageSize: PAGE_SIZE }),
    canManage ? loadScopeOptions(actor) : null,
  ]);
  const roles = grantableRoles(managesAnywhere);

  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      {canManage && scope && (
        <div className="mb-4">
          <CreateUserPanel roles={roles} scope={scope} fixedCityId={managesAnywhere ? null : actor.cityId} />
        </div>
      )}
      <FilterBar action="/users" values={query}>
        <SearchFilter id="users-q" name="q" label={t("users.searchLabel")} value={query.q} placeholder={t("users.searchPlaceholder")} width="sm:w-64" />
        <SelectFilter
          id="users-role"
          name="role"
          label={t("users.filterRole")}
          value={query.role}
          placeholder={t("layout.all")}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <CheckboxFilter name="inactive" label={t("users.showInactive")} checked={query.inactive === "1"} />
      </FilterBar>
      <UsersTable items={items} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/users" query={query} />
    </>
  );
}
