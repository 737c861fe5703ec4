"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { updateAnnualPlanAction, updateThreeYearPlanAction } from "@/lib/actions/plans";
import { useT } from "@/lib/i18n/client";
import { PlanTextForm } from "./plan-text-form";

type Props = { kind: "threeYear" | "annual"; plan: { id: string; version: number; title: string; summary: string | null }; canManage: boolean };

/** A plan's title and summary, with an edit form for the office. */
export function EditablePlan({ kind, plan, canManage }: Props) {
  const t = useT();
  const [isEditing, setIsEditing] = useState(false);
  if (isEditing) {
    const save = (fields: { title: string; summary: string }) =>
      (kind === "threeYear" ? updateThreeYearPlanAction : updateAnnualPlanAction)({ ...fields, id: plan.id, version: plan.version });
    return (
      <PlanTextForm
        key={plan.version}
        id={`${kind}-${plan.id}`}
        initial={plan}
        save={save}
        onDone={() => setIsEditing(false)}
        onCancel={() => setIsEditing(false)}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <p className="font-medium text-slate-900">{plan.title}</p>
        <p className="mt-1 text-sm whitespace-pre-line text-slate-600">{plan.summary || t("plans.noSummary")}</p>
      </div>
      {canManage && (
        <Button variant="secondary" size="sm" onClick={() => setIsEditing(true)}>
          {t("common.edit")}
        </Button>
      )}
    </div>
  );
}
