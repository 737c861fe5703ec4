import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Card } from "@/components/ui/card";
import { loadScopeOptions } from "@/components/users/load-scope-options";
import { grantableRoles } from "@/components/users/scope-options";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { UserDetails } from "@/components/users/user-details";
import { UserEditor } from "@/components/users/user-editor";
import { can, scopeOf } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("users.detailTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const user = await orNotFound(getUserOrThrow(actor, id));
  const t = await getT();
  const canManage = can(actor, "manage:user");
  const managesAnywhere = scopeOf(actor, "manage:user") === "any";
  const isSelf = actor.id === user.id;
  const scope = canManage ? await loadScopeOptions(actor) : null;
  return (
    <>
      <Link href="/users" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("users.backToList")}
      </Link>
      <PageHeader title={user.name} description={user.email} />
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="space-y-4">
          <Card title={t("users.info")}>
            <UserDetails user={user} />
          </Card>
          {canManage && (
            <Card title={t("users.account")}>
              <UserAccountActions user={user} isSelf={isSelf} />
            </Card>
          )}
        </div>
        {canManage && scope && (
          <Card title={t("users.edit")}>
            <UserEditor user={user} roles={grantableRoles(managesAnywhere)} scope={scope} fixedCityId={managesAnywhere ? null : actor.cityId} isSelf={isSelf} />
          </Card>
        )}
      </div>
    </>
  );
}
