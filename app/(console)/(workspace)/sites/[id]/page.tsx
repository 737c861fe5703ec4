import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { DeactivateSiteButton } from "@/components/sites/deactivate-site-button";
import { SiteDetails } from "@/components/sites/site-details";
import { SiteEditor } from "@/components/sites/site-editor";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getSiteOptions } from "@/lib/server/sites/get-site-options";
import { getSiteOrThrow } from "@/lib/server/sites/get-site-or-throw";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("sites.detailTitle") };
}

export default async function SitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const site = await orNotFound(getSiteOrThrow(actor, id));
  const t = await getT();
  const canManage = can(actor, "manage:site") && site.active;
  return (
    <>
      <Link href="/sites" className="mb-2 inline-block text-sm text-slate-600 hover:underline">
        ← {t("sites.backToList")}
      </Link>
      <PageHeader title={site.name} description={t("sites.detailTitle")} />
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={t("sites.info")}>
          <SiteDetails site={site} />
        </Card>
        {canManage && (
          <Card title={t("sites.edit")} actions={<DeactivateSiteButton site={site} />}>
            <SiteEditor site={site} options={await getSiteOptions(actor)} />
          </Card>
        )}
      </div>
    </>
  );
}
