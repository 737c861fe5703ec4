import { getT } from "@/lib/i18n/server";
import type { Coverage } from "@/lib/validation/coverage";

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</p>
      {detail && <p className="mt-1 text-xs text-slate-500">{detail}</p>}
    </div>
  );
}

const ratio = (part: number, whole: number) => (whole === 0 ? "—" : `${((part / whole) * 100).toFixed(1)}%`);

/** The totals: criteria covered, points covered, points no task serves. */
export async function CoverageSummary({ totals }: { totals: Coverage["totals"] }) {
  const t = await getT();
  return (
    <section aria-label={t("coverage.summaryTitle")} className="grid gap-3 sm:grid-cols-3">
      <Stat
        label={t("coverage.criteriaCovered")}
        value={`${totals.coveredCriteria} / ${totals.criteria}`}
        detail={ratio(totals.coveredCriteria, totals.criteria)}
      />
      <Stat
        label={t("coverage.pointsCovered")}
        value={`${totals.coveredPoints} / ${totals.points}`}
        detail={ratio(Number(totals.coveredPoints), Number(totals.points))}
      />
      <Stat
        label={t("coverage.uncoveredPoints")}
        value={totals.uncoveredPoints}
        detail={t("coverage.gapCount", { count: totals.criteria - totals.coveredCriteria })}
      />
    </section>
  );
}
