import type { Metadata } from "next";
import Link from "next/link";
import { CriterionComparisonTable } from "@/components/console/criterion-comparison-table";
import { orNotFound } from "@/components/layout/or-not-found";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { param, type SearchParams } from "@/components/layout/search-params";
import { getT } from "@/lib/i18n/server";
import { compareCriterion } from "@/lib/server/console/compare-criterion";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("console.criteria.title") };
}

export default async function CriterionComparisonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const code = param(await searchParams, "code") ?? "";
  const actor = await requireActor();
  const [t, comparison] = await Promise.all([getT(), orNotFound(compareCriterion(actor, code))]);
  return (
    <>
      <PageHeader
        title={t("console.criteria.title")}
        description={
          <Link href="/province" className="text-red-800 hover:underline">
            {t("console.back")}
          </Link>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 print:hidden">
        <label className="text-sm text-slate-700">
          <span className="mb-1 block">{t("console.criteria.code")}</span>
          <select name="code" defaultValue={code} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
            <option value="">{t("console.criteria.choose")}</option>
            {comparison.codes.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
          {t("console.criteria.compare")}
        </button>
      </form>
      {code ? <CriterionComparisonTable rows={comparison.rows} code={code} t={t} /> : <p className="text-sm text-slate-500">{t("console.criteria.hint")}</p>}
    </>
  );
}
