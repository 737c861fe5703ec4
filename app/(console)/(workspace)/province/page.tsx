import type { Metadata } from "next";
import { CityCard } from "@/components/console/city-card";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import { getProvinceOverview } from "@/lib/server/console/get-province-overview";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("console.title") };
}

export default async function ProvincePage() {
  const actor = await requireActor();
  const [t, cities] = await Promise.all([getT(), orNotFound(getProvinceOverview(actor))]);
  return (
    <>
      <PageHeader
        title={t("console.title")}
        description={t("console.description")}
        actions={
          <ButtonLink href="/province/criteria" size="sm">
            {t("console.criteria.title")}
          </ButtonLink>
        }
      />
      {cities.length === 0 ? (
        <p className="text-sm text-slate-500">{t("console.empty")}</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:block print:space-y-4">
          {cities.map((city) => (
            <CityCard key={city.id} city={city} t={t} />
          ))}
        </div>
      )}
    </>
  );
}
