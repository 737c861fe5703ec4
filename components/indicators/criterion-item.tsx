import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/server";
import type { EditionTreeView } from "@/lib/validation/indicators";

type Criterion = EditionTreeView["categories"][number]["contents"][number]["criteria"][number];

/** One criterion of the tree with everything an office needs to work on it. */
export async function CriterionItem({ criterion }: { criterion: Criterion }) {
  const t = await getT();
  // The rubric is the longest; it gets a whole line, the rest share a compact grid.
  const rows: Array<[string, string, boolean?]> = [
    [t("indicators.fields.rubric"), `${t(`indicators.rubricKinds.${criterion.rubricKind}`)}：${criterion.rubricText}`, true],
    [t("indicators.fields.method"), t(`indicators.methods.${criterion.method}`)],
    [t("indicators.fields.siteTypeNames"), criterion.siteTypeNames.join("、") || "—"],
    [t("indicators.fields.rectificationDays"), criterion.rectificationDays === null ? "—" : t("indicators.daysValue", { days: criterion.rectificationDays })],
    [t("indicators.fields.leadDepartmentName"), criterion.leadDepartmentName ?? "—"],
    [t("indicators.fields.coDepartmentNames"), criterion.coDepartmentNames.join("、") || "—"],
    [t("indicators.fields.onlineSubmissionRule"), criterion.onlineSubmissionRule ?? "—"],
  ];
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-labelledby={`criterion-${criterion.id}`}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="font-mono text-xs text-slate-500">{criterion.code}</span>
        <h4 id={`criterion-${criterion.id}`} className="font-medium text-slate-900">
          {criterion.name}
        </h4>
        {criterion.isVeto && <Badge tone="red">{t("indicators.veto")}</Badge>}
        {criterion.cityId && <Badge tone="blue">{t("indicators.local")}</Badge>}
        <span className="ml-auto text-sm font-semibold whitespace-nowrap text-red-800">{t("indicators.pointsValue", { points: criterion.points })}</span>
      </div>
      {criterion.description && <p className="mt-1 text-sm text-slate-600">{criterion.description}</p>}
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 xl:grid-cols-3">
        {rows.map(([label, value, isWide]) => (
          <div key={label} className={`flex gap-2 ${isWide ? "sm:col-span-2 xl:col-span-3" : ""}`}>
            <dt className="shrink-0 text-slate-500">{label}</dt>
            <dd className="min-w-0 text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
