import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicCity } from "@/lib/server/public/public-dto";

/** Rectification figures of the last published periods: found (due), rectified on time, overdue. */
export function RectificationTable({ rows, slug, t }: { rows: PublicCity["rectification"]; slug: string; t: Translate }) {
  if (rows.length === 0) return <p className="text-slate-600">{t("public.noPublished")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">{t("public.rectificationCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t("public.period")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.found")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.rectifiedOnTime")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("public.overdue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.publicationId} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                <Link href={`/cities/${slug}/publications/${row.publicationId}`} className="text-red-800 underline-offset-2 hover:underline">
                  {row.periodStart === row.periodEnd ? row.periodEnd : `${row.periodStart} — ${row.periodEnd}`}
                </Link>
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{row.due}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{row.rectifiedOnTime}</td>
              <td className="py-1 text-right tabular-nums">{row.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
