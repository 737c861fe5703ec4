import type { Metadata } from "next";
import { CityCard } from "@/components/public/city-card";
import { ProvinceRanking } from "@/components/public/province-ranking";
import { getT } from "@/lib/i18n/server";
import { listPublicProvinces } from "@/lib/server/public/list-public-cities";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const title = t("public.title");
  const description = t("public.intro");
  return { title: { absolute: title }, description, openGraph: { title, description, type: "website", locale: "zh_CN" } };
}

export default async function HomePage() {
  const [t, provinces] = await Promise.all([getT(), listPublicProvinces()]);
  const publicSlugs = new Set(provinces.flatMap((province) => province.cities.map((city) => city.slug)));
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("public.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("public.intro")}</p>
      </section>
      {provinces.length === 0 && <p className="text-slate-600">{t("public.noCities")}</p>}
      {provinces.map((province, index) => (
        <section key={province.name} aria-labelledby={`province-${index}`} className="space-y-4">
          <h2 id={`province-${index}`} className="text-xl font-semibold text-slate-900">
            {t("public.provinceCities", { province: province.name })}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {province.cities.map((city) => (
              <li key={city.slug}>
                <CityCard city={city} t={t} />
              </li>
            ))}
          </ul>
          <section aria-labelledby={`province-ranking-${index}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h3 id={`province-ranking-${index}`} className="text-base font-semibold text-slate-900">
              {t("public.provinceRanking")}
            </h3>
            {province.ranking ? (
              <ProvinceRanking publication={province.ranking} publicSlugs={publicSlugs} t={t} />
            ) : (
              <p className="text-sm text-slate-600">{t("public.noProvinceRanking")}</p>
            )}
          </section>
        </section>
      ))}
      <section aria-labelledby="about" className="space-y-2">
        <h2 id="about" className="text-lg font-semibold text-slate-900">
          {t("public.howTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("public.about")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("public.how")}</p>
      </section>
    </div>
  );
}
