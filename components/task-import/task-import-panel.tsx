"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/forms/select-field";
import { ImportProblems } from "@/components/indicators/import-problems";
import { useImportSteps } from "@/components/tabular-import/use-import-steps";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import type { TaskImportPreview as Preview, TaskImportResult } from "@/lib/validation/task-import";
import { TaskImportPreview } from "./task-import-preview";

type Props = { plans?: Array<{ id: string; year: number; title: string }>; defaultPlanId?: string };

/** Choose the annual plan and a file → 预览 (the preview, or every problem) → 确认导入. */
export function TaskImportPanel({ plans = [], defaultPlanId }: Props) {
  const t = useT();
  const [annualPlanId, setAnnualPlanId] = useState(defaultPlanId);
  const { state, fileError, run, chooseFile, startOver } = useImportSteps<Preview, TaskImportResult>({
    chooseFirst: t("taskImport.chooseFirst"),
    urlFor: (step) => {
      const query = new URLSearchParams({ ...(step === "check" ? { dryRun: "1" } : {}), ...(annualPlanId ? { annualPlan: annualPlanId } : {}) });
      return `/api/v1/tasks/import${query.size ? `?${query}` : ""}`;
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("check");
  }

  const hint = t("taskImport.fileHint");
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        {plans.length > 1 && (
          <div className="w-full sm:w-80">
            <SelectField
              id="task-list-plan"
              name="annualPlan"
              label={t("taskImport.plan")}
              value={annualPlanId ?? ""}
              options={plans.map((plan) => ({ value: plan.id, label: t("taskImport.planOption", { year: plan.year, title: plan.title }) }))}
              onChange={(event) => {
                setAnnualPlanId(event.target.value || undefined);
                startOver();
              }}
            />
          </div>
        )}
        <div className="w-full sm:w-96">
          <Field id="task-list-file" label={t("taskImport.file")} hint={hint} errors={fileError ? [fileError] : undefined}>
            <input
              {...controlA11y("task-list-file", fileError ? [fileError] : undefined, hint)}
              type="file"
              name="file"
              accept=".xlsx,.xls"
              className={controlClass}
              onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={state.kind === "busy"}>
          {state.kind === "busy" && state.step === "check" ? t("taskImport.checking") : t("taskImport.check")}
        </Button>
      </form>
      {state.kind === "invalid" && <ImportProblems message={state.message} problems={state.problems} />}
      {state.kind === "preview" && (
        <div className="space-y-3">
          <TaskImportPreview preview={state.preview} />
          <Button onClick={() => void run("import")}>{t("taskImport.confirm")}</Button>
        </div>
      )}
      {state.kind === "busy" && state.step === "import" && <Alert tone="info">{t("taskImport.importing")}</Alert>}
      {state.kind === "imported" && (
        <Alert tone="success">
          {t("taskImport.done", { count: state.result.created, actions: state.result.actionsCreated })}
          <Link href="/tasks" className="ml-2 font-medium underline">
            {t("taskImport.openTasks")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
