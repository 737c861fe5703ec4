import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { getPublicCityBySlug } from "@/lib/server/cities/get-public-city-by-slug";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = await getPublicCityBySlug((await params).slug);
  return city ? { title: city.name } : {};
}

export default async function PublicCityPage({ params }: Props) {
  const city = await getPublicCityBySlug((await params).slug);
  if (!city) notFound();
  const t = await getT();
  return (
    <div className="space-y-6">
      <Link href="/" className="text-sm text-slate-600 hover:underline">
        ← {t("public.allCities")}
      </Link>
      <header>
        <p className="text-sm text-slate-500">{city.provinceName}</p>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{city.name}</h1>
      </header>
      <dl className="grid gap-3 sm:grid-cols-3">
        <Card>
          <dt className="text-sm text-slate-500">{t("public.province")}</dt>
          <dd className="mt-1 font-medium">{city.provinceName}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-500">{t("public.cycle")}</dt>
          <dd className="mt-1 font-medium">
            {city.cycle ? city.cycle.name : t("public.noCycle")}
            {city.cycle && (
              <span className="block text-sm font-normal text-slate-500">
                {t("public.cycleYears", { start: city.cycle.startYear, end: city.cycle.endYear })}
              </span>
            )}
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-500">{t("public.departmentCount")}</dt>
          <dd className="mt-1 font-medium tabular-nums">{city.departmentCount}</dd>
        </Card>
      </dl>
      <section aria-labelledby="published-results">
        <Card title={<span id="published-results">{t("public.results")}</span>}>
          <p className="text-slate-600">{t("public.noPublished")}</p>
        </Card>
      </section>
    </div>
  );
}
