import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { listPublicCities } from "@/lib/server/cities/list-public-cities";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, cities] = await Promise.all([getT(), listPublicCities()]);
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("public.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("public.intro")}</p>
        <p className="max-w-3xl text-slate-700">{t("public.about")}</p>
      </section>
      <section aria-labelledby="public-cities" className="space-y-3">
        <h2 id="public-cities" className="text-lg font-semibold text-slate-900">
          {t("public.cities")}
        </h2>
        {cities.length === 0 ? (
          <p className="text-slate-600">{t("public.noCities")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {cities.map((city) => (
              <li key={city.slug}>
                <Link
                  href={`/cities/${city.slug}`}
                  className="block rounded-lg border border-slate-200 bg-white p-4 shadow-xs transition hover:border-red-300 hover:shadow"
                >
                  <span className="block text-base font-semibold text-red-800">{city.name}</span>
                  <span className="mt-1 block text-sm text-slate-500">{city.provinceName}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card title={t("public.howTitle")}>
        <p className="text-sm text-slate-700">{t("public.how")}</p>
      </Card>
    </div>
  );
}
