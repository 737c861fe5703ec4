import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { SiteImportPanel } from "@/components/sites/site-import-panel";
import { SitesNav } from "@/components/sites/sites-nav";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("sites.import.title") };
}

export default async function SiteImportPage() {
  const actor = await requireActor();
  if (!can(actor, "manage:site") || !actor.cityId) notFound();
  const t = await getT();
  return (
    <>
      <PageHeader title={t("sites.import.title")} description={t("sites.import.description")} />
      <SitesNav current="import" canManage />
      <Card
        title={t("sites.import.uploadTitle")}
        actions={
          <a href="/api/v1/sites/template" className="text-sm font-medium text-red-800 hover:underline" download>
            {t("sites.import.template")}
          </a>
        }
      >
        <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-600">
          <li>{t("sites.import.rule1")}</li>
          <li>{t("sites.import.rule2")}</li>
          <li>{t("sites.import.rule3")}</li>
        </ul>
        <SiteImportPanel />
      </Card>
    </>
  );
}
