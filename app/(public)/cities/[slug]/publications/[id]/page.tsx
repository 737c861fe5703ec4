import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatPublished } from "@/components/public/format";
import { PublicationBody } from "@/components/public/publication-body";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { getPublicCity } from "@/lib/server/public/get-public-city";
import { getPublicPublication } from "@/lib/server/public/get-public-publication";
import { listPublicCities } from "@/lib/server/public/list-public-cities";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }> };

/** The publication when it belongs to this city, or is its province's own; else 404. */
async function load(slug: string, id: string) {
  try {
    const [city, publication] = await Promise.all([getPublicCity(slug), getPublicPublication(id)]);
    const belongs = publication.city ? publication.city.slug === slug : publication.province === city.province;
    if (!belongs) notFound();
    return { city, publication };
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const [t, { city, publication }] = await Promise.all([getT(), load(slug, id)]);
  const description =
    publication.summary ?? t("public.publicationDescription", { city: city.name, start: publication.periodStart, end: publication.periodEnd });
  return { title: publication.title, description, openGraph: { title: publication.title, description, type: "article", locale: "zh_CN" } };
}

export default async function PublicPublicationPage({ params }: Props) {
  const { slug, id } = await params;
  const [t, { city, publication }, cities] = await Promise.all([getT(), load(slug, id), listPublicCities()]);
  const publicSlugs = new Set(cities.map((entry) => entry.slug));
  return (
    <article className="space-y-8">
      <nav aria-label={t("public.breadcrumb")}>
        <Link href={`/cities/${city.slug}`} className="text-sm text-slate-700 underline-offset-2 hover:underline">
          ← {city.name}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {t(`public.kind.${publication.kind}`)} · {t("public.issue", { year: publication.issueYear, number: publication.issueNumber })}
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{publication.title}</h1>
        <p className="text-sm text-slate-700">
          {publication.periodStart} — {publication.periodEnd} · {t("public.publishedAt", { at: formatPublished(publication.publishedAt) })}
        </p>
        {publication.supersededBy && (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("public.supersededNotice")}{" "}
            <Link href={`/cities/${city.slug}/publications/${publication.supersededBy}`} className="font-semibold underline">
              {t("public.seeCorrection")}
            </Link>
          </p>
        )}
        {publication.supersedes && (
          <p className="text-sm text-slate-700">
            {t("public.correctionOf")}{" "}
            <Link href={`/cities/${city.slug}/publications/${publication.supersedes}`} className="text-red-800 underline">
              {t("public.seeOriginal")}
            </Link>
          </p>
        )}
        {publication.summary && <p className="max-w-3xl whitespace-pre-line text-slate-700">{publication.summary}</p>}
        <p>
          <a
            href={publication.bulletinUrl}
            download
            className="inline-block rounded-md border border-red-800 px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50"
          >
            {t("public.downloadBulletin")}
          </a>
        </p>
      </header>
      <PublicationBody publication={publication} publicSlugs={publicSlugs} t={t} />
    </article>
  );
}
