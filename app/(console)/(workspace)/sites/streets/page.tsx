import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CityPicker } from "@/components/layout/city-picker";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { param, type SearchParams } from "@/components/layout/search-params";
import { SitesNav } from "@/components/sites/sites-nav";
import { StreetSummaryTable } from "@/components/sites/street-summary-table";
import { Alert } from "@/components/ui/alert";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { getStreetSummary } from "@/lib/server/sites/get-street-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("sites.streets.title") };
}

export default async function SiteStreetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "read:site")) notFound();
  const t = await getT();
  const canManage = can(actor, "manage:site");
  const city = param(await searchParams, "city");
  const header = (
    <>
      <PageHeader title={t("sites.streets.title")} description={t("sites.streets.description")} />
      <SitesNav current="streets" canManage={canManage} />
    </>
  );
  if (!actor.cityId && !city) {
    return (
      <>
        {header}
        <CityPicker actor={actor} action="/sites/streets" />
        <Alert tone="info">{t("sites.streets.chooseCity")}</Alert>
      </>
    );
  }
  const summary = await orNotFound(getStreetSummary(actor, { city }));
  return (
    <>
      {header}
      <CityPicker actor={actor} action="/sites/streets" city={summary.cityId} />
      <StreetSummaryTable summary={summary} />
    </>
  );
}
