import type { Translate } from "@/lib/i18n/translate";
import type { PublicList } from "@/lib/server/public/public-dto";
import { formatScore } from "./format";

function movementText(movement: PublicList["ranking"][number]["movement"], t: Translate): string {
  if (!movement) return "";
  if (movement.kind === "UP") return t("public.movementUp", { by: movement.by ?? 0 });
  if (movement.kind === "DOWN") return t("public.movementDown", { by: movement.by ?? 0 });
  return movement.kind === "NEW" ? t("public.movementNew") : t("public.movementSame");
}

/** One red/black list as published: its red and black members, then (unless `isCompact`) the whole ranking. */
export function RankingList({ list, t, headingLevel = 3, isCompact = false }: { list: PublicList; t: Translate; headingLevel?: 3 | 4; isCompact?: boolean }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const red = new Set(list.redList);
  const black = new Map(list.blackList.map((entry) => [entry.department, entry]));
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={list.name}>
      <Heading className="text-base font-semibold text-slate-900">{list.name}</Heading>
      <p className="text-xs text-slate-600">
        {t(`public.metric.${list.metric}`)} ·{" "}
        {t("public.listRule", { red: list.redCount, black: list.blackCount, threshold: formatScore(list.blackThreshold, 0) })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-md border border-red-200 bg-red-50 p-3">
          <p className="text-sm font-semibold text-red-900">{t("public.redList")}</p>
          {list.redList.length ? (
            <ul className="mt-1 text-sm text-red-900">
              {list.redList.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-700">{t("public.emptyList")}</p>
          )}
        </div>
        <div className="rounded-md border border-slate-700 bg-slate-900 p-3 text-white">
          <p className="text-sm font-semibold">{t("public.blackList")}</p>
          {list.blackList.length ? (
            <ul className="mt-1 text-sm">
              {list.blackList.map((entry) => (
                <li key={entry.department}>
                  {entry.department} <span className="text-slate-200">（{t(`public.escalation.${entry.step}`)}）</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-200">{t("public.emptyList")}</p>
          )}
        </div>
      </div>
      {!isCompact && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[18rem] text-left text-sm">
            <caption className="sr-only">{t("public.rankingCaption", { name: list.name })}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-700">
                <th scope="col" className="py-1 pr-2">
                  {t("public.rank")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("public.department")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t(`public.metric.${list.metric}`)}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("public.movement")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.ranking.map((row) => (
                <tr key={row.department} className="border-b border-slate-100">
                  <td className="py-1 pr-2 tabular-nums">{row.rank ?? "—"}</td>
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {row.department}
                    {red.has(row.department) && <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-900">{t("public.redMark")}</span>}
                    {black.has(row.department) && <span className="ml-1 rounded bg-slate-900 px-1 text-xs text-white">{t("public.blackMark")}</span>}
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{formatScore(row.value)}</td>
                  <td className="py-1 text-right text-slate-700">{movementText(row.movement, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
