"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/forms/select-field";
import { ImportProblems, type Problem } from "@/components/indicators/import-problems";
import { postImportFile } from "@/components/tabular-import/post-import-file";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import type { TaskImportPreview as Preview, TaskImportResult } from "@/lib/validation/task-import";
import { TaskImportPreview } from "./task-import-preview";

type State =
  | { kind: "idle" }
  | { kind: "busy"; step: "check" | "import" }
  | { kind: "preview"; preview: Preview }
  | { kind: "invalid"; message: string; problems: Problem[] }
  | { kind: "imported"; result: TaskImportResult };

type Props = { plans?: Array<{ id: string; year: number; title: string }>; defaultPlanId?: string };

/** Choose the annual plan and a file → 预览 (the preview, or every problem) → 确认导入. */
export function TaskImportPanel({ plans = [], defaultPlanId }: Props) {
  const t = useT();
  const [annualPlanId, setAnnualPlanId] = useState(defaultPlanId);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);

  async function run(step: "check" | "import") {
    if (!file) return setFileError(t("taskImport.chooseFirst"));
    setState({ kind: "busy", step });
    try {
      const query = new URLSearchParams({ ...(step === "check" ? { dryRun: "1" } : {}), ...(annualPlanId ? { annualPlan: annualPlanId } : {}) });
      const result = await postImportFile(`/api/v1/tasks/import${query.size ? `?${query}` : ""}`, file);
      if (!result.ok) return setState({ kind: "invalid", message: result.message ?? t("errors.INTERNAL"), problems: result.problems });
      setState(step === "check" ? { kind: "preview", preview: result.body as Preview } : { kind: "imported", result: result.body as TaskImportResult });
    } catch {
      setState({ kind: "invalid", message: t("errors.INTERNAL"), problems: [] });
    }
  }

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
              onChange={(event) => { setAnnualPlanId(event.target.value || undefined); setState({ kind: "idle" }); }}
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
              onChange={(event) => { setFile(event.target.files?.[0] ?? null); setFileError(null); setState({ kind: "idle" }); }}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={state.kind === "busy"}>{state.kind === "busy" && state.step === "check" ? t("taskImport.checking") : t("taskImport.check")}</Button>
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
          <Link href="/tasks" className="ml-2 font-medium underline">{t("taskImport.openTasks")}</Link>
        </Alert>
      )}
    </div>
  );
}
