"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createAnnualPlanAction, createThreeYearPlanAction } from "@/lib/actions/plans";
import { useT } from "@/lib/i18n/client";
import { PlanTextForm } from "./plan-text-form";

type Props =
  | { kind: "threeYear"; cycleId: string }
  | { kind: "annual"; threeYearPlanId: string; years: number[] };

/** "New three-year plan" for a cycle without one, or "new annual plan" for a free year of the cycle. */
export function CreatePlanPanel(props: Props) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [hasCreated, setHasCreated] = useState(false);
  const label = props.kind === "threeYear" ? t("plans.createThreeYear") : t("plans.createAnnual");
  if (!isOpen) {
    return (
      <div className="space-y-2">
        {hasCreated && <Alert tone="success">{t("plans.created")}</Alert>}
        <Button variant="secondary" onClick={() => { setIsOpen(true); setHasCreated(false); }}>{label}</Button>
      </div>
    );
  }
  const save = (fields: { title: string; summary: string; year?: number }) =>
    props.kind === "threeYear"
      ? createThreeYearPlanAction({ cycleId: props.cycleId, title: fields.title, summary: fields.summary })
      : createAnnualPlanAction({ threeYearPlanId: props.threeYearPlanId, year: fields.year ?? 0, title: fields.title, summary: fields.summary });
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <p className="mb-2 text-sm font-medium text-slate-800">{label}</p>
      <PlanTextForm
        id={props.kind === "threeYear" ? `new-three-year-${props.cycleId}` : `new-annual-${props.threeYearPlanId}`}
        years={props.kind === "annual" ? props.years : undefined}
        save={save}
        onDone={() => { setIsOpen(false); setHasCreated(true); }}
        onCancel={() => setIsOpen(false)}
      />
    </div>
  );
}
