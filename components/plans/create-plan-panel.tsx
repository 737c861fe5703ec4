"use client";
import { OpenToCreate } from "@/components/forms/open-to-create";
import { createAnnualPlanAction, createThreeYearPlanAction } from "@/lib/actions/plans";
import { useT } from "@/lib/i18n/client";
import { PlanTextForm } from "./plan-text-form";

type Props = { kind: "threeYear"; cycleId: string } | { kind: "annual"; threeYearPlanId: string; years: number[] };

/** "New three-year plan" for a cycle without one, or "new annual plan" for a free year of the cycle. */
export function CreatePlanPanel(props: Props) {
  const t = useT();
  const label = props.kind === "threeYear" ? t("plans.createThreeYear") : t("plans.createAnnual");
  const save = (fields: { title: string; summary: string; year?: number }) =>
    props.kind === "threeYear"
      ? createThreeYearPlanAction({ cycleId: props.cycleId, title: fields.title, summary: fields.summary })
      : createAnnualPlanAction({ threeYearPlanId: props.threeYearPlanId, year: fields.year ?? 0, title: fields.title, summary: fields.summary });
  return (
    <OpenToCreate openLabel={label} createdMessage={t("plans.created")} variant="secondary">
      {({ done, cancel }) => (
        <div className="rounded-md border border-slate-200 p-3">
          <p className="mb-2 text-sm font-medium text-slate-800">{label}</p>
          <PlanTextForm
            id={props.kind === "threeYear" ? `new-three-year-${props.cycleId}` : `new-annual-${props.threeYearPlanId}`}
            years={props.kind === "annual" ? props.years : undefined}
            save={save}
            onDone={done}
            onCancel={cancel}
          />
        </div>
      )}
    </OpenToCreate>
  );
}
