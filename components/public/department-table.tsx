import type { Translate } from "@/lib/i18n/translate";
import type { PublicDepartmentRow } from "@/lib/server/public/public-dto";
import { formatScore } from "./format";

/** The published department results, ranked. */
export function DepartmentTable({ rows, t, caption }: { rows: PublicDepartmentRow[]; t: Translate; caption: string }) {
  const ranked = rows.toSorted((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, "zh-CN"));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t("public.rank")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("public.department")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.metric.INSPECTION")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.metric.RECTIFICATION")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.ledger")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              {t("public.metric.COMPOSITE")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("public.overdueOpen")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((row) => (
            <tr key={row.name} className="border-b border-slate-100">
              <td className="py-1 pr-2 tabular-nums">{row.rank ?? "—"}</td>
              <th scope="row" className="py-1 pr-2 font-normal">
                {row.name}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{formatScore(row.inspectionScore)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatScore(row.rectificationRate)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatScore(row.ledgerCompleteness)}</td>
              <td className="py-1 pr-2 text-right font-medium tabular-nums">{formatScore(row.composite)}</td>
              <td className="py-1 text-right tabular-nums">{row.overdueOpen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
