import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CityPageSections } from "@/components/public/city-page-sections";
import { formatPublished } from "@/components/public/format";
import { PageLinks } from "@/components/public/page-links";
import { PublicationList } from "@/components/public/publication-list";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getPublicCity } from "@/lib/server/public/get-public-city";
import { listPublicCityPublications } from "@/lib/server/public/list-public-city-publications";

// Nonces make every page render per request (docs/decisions/005); the data comes from the in-process cache.
export const dynamic = "force-dynamic";

const PAGE_SIZE = 10;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

async function cityOrNotFound(slug: string) {
  try {
    return await getPublicCity(slug);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, city] = await Promise.all([getT(), cityOrNotFound((await params).slug)]);
  const title = t("public.cityTitle", { city: city.name });
  const description = t("public.cityDescription", { city: city.name, province: city.province });
  return { title, description, openGraph: { title, description, type: "website", locale: "zh_CN" } };
}

export default async function PublicCityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const [t, city] = await Promise.all([getT(), cityOrNotFound(slug)]);
  const publications = await listPublicCityPublications(city.slug, { page, pageSize: PAGE_SIZE });
  return (
    <div className="space-y-8">
      <nav aria-label={t("public.breadcrumb")}>
        <Link href="/" className="text-sm text-slate-700 underline-offset-2 hover:underline">
          ← {t("public.allCities")}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{city.province}</p>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{city.name}</h1>
        <p className="text-sm text-slate-700">
          {city.cycle ? `${city.cycle.name}（${t("public.cycleYears", { start: city.cycle.startYear, end: city.cycle.endYear })}）` : t("public.noCycle")}
          {" · "}
          {city.lastPublishedAt ? t("public.lastPublished", { at: formatPublished(city.lastPublishedAt) }) : t("public.noPublished")}
        </p>
        <p>
          <Link
            href={`/report?city=${encodeURIComponent(slug)}`}
            className="inline-block rounded-md bg-red-800 px-3 py-2 text-sm font-semibold text-white hover:bg-red-700"
          >
            {t("public.reportCta")}
          </Link>
        </p>
      </header>
      <CityPageSections city={city} t={t} />
      <section aria-labelledby="all-publications" className="space-y-2">
        <h2 id="all-publications" className="text-lg font-semibold text-slate-900">
          {t("public.allPublications")}
        </h2>
        {publications.total > 0 ? (
          <>
            <PublicationList items={publications.items} slug={city.slug} t={t} withSummary={false} />
            <PageLinks page={page} pageSize={PAGE_SIZE} total={publications.total} basePath={`/cities/${city.slug}`} t={t} />
          </>
        ) : (
          <p className="text-slate-600">{t("public.noPublished")}</p>
        )}
      </section>
    </div>
  );
}
