import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicPublication } from "@/lib/server/public/public-dto";
import { formatPublished, formatScore } from "./format";

/** A province publication's city ranking as a table; city names link to the city pages that are public. */
export function ProvinceRanking({ publication, publicSlugs, t }: { publication: PublicPublication; publicSlugs: Set<string>; t: Translate }) {
  if (publication.body.type !== "PROVINCE") return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[18rem] text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-700">
          {publication.title} · {t("public.publishedAt", { at: formatPublished(publication.publishedAt) })}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t("public.rank")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("public.city")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("public.cityScore")}
            </th>
          </tr>
        </thead>
        <tbody>
          {publication.body.cities.map((row) => (
            <tr key={row.slug} className="border-b border-slate-100">
              <td className="py-1 pr-2 tabular-nums">{row.rank ?? "—"}</td>
              <th scope="row" className="py-1 pr-2 font-normal">
                {publicSlugs.has(row.slug) ? (
                  <Link href={`/cities/${row.slug}`} className="text-red-800 underline-offset-2 hover:underline">
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </th>
              <td className="py-1 text-right tabular-nums">
                {formatScore(row.cityScore)}
                {row.vetoedRounds > 0 && ` ${t("public.vetoed")}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
