"use client";
import Link from "next/link";
import type { FormEvent } from "react";
import { ImportProblems } from "@/components/indicators/import-problems";
import { useImportSteps } from "@/components/tabular-import/use-import-steps";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import type { SiteImportPreview as Preview, SiteImportResult } from "@/lib/validation/site-import";
import { SiteImportPreview } from "./site-import-preview";

/** Choose a file → 预览 (the preview, or every problem by row and column) → 确认导入. */
export function SiteImportPanel() {
  const t = useT();
  const { state, fileError, run, chooseFile } = useImportSteps<Preview, SiteImportResult>({
    chooseFirst: t("sites.import.chooseFirst"),
    urlFor: (step) => `/api/v1/sites/import${step === "check" ? "?dryRun=1" : ""}`,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("check");
  }

  const hint = t("sites.import.fileHint");
  const errors = fileError ? [fileError] : undefined;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="w-full sm:w-96">
          <Field id="site-list-file" label={t("sites.import.file")} hint={hint} errors={errors}>
            <input
              {...controlA11y("site-list-file", errors, hint)}
              type="file"
              name="file"
              accept=".xlsx,.xls"
              className={controlClass}
              onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={state.kind === "busy"}>
          {state.kind === "busy" && state.step === "check" ? t("sites.import.checking") : t("sites.import.check")}
        </Button>
      </form>
      {state.kind === "invalid" && <ImportProblems message={state.message} problems={state.problems} />}
      {state.kind === "preview" && (
        <div className="space-y-3">
          <SiteImportPreview preview={state.preview} />
          <Button onClick={() => void run("import")}>{t("sites.import.confirm")}</Button>
        </div>
      )}
      {state.kind === "busy" && state.step === "import" && <Alert tone="info">{t("sites.import.importing")}</Alert>}
      {state.kind === "imported" && (
        <Alert tone="success">
          {t("sites.import.done", { count: state.result.created })}
          <Link href="/sites" className="ml-2 font-medium underline">
            {t("sites.import.openList")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
