import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokensTable } from "@/components/tokens/tokens-table";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { listDepartments } from "@/lib/server/departments/list-departments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("tokens.title") };
}

export default async function TokensPage() {
  const actor = await requireActor();
  if (!can(actor, "manage:token")) notFound();
  const t = await getT();
  const [tokens, departments] = await Promise.all([listApiTokens(actor), listDepartments(actor, { pageSize: 500 })]);
  return (
    <>
      <PageHeader title={t("tokens.title")} description={t("tokens.description")} />
      <div className="space-y-4">
        <Card title={t("tokens.create")}>
          <CreateTokenForm departments={departments.items.filter((d) => !d.deletedAt).map((d) => ({ id: d.id, name: d.name }))} />
        </Card>
        <TokensTable tokens={tokens} />
      </div>
    </>
  );
}
