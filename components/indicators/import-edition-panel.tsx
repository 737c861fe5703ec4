"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useImportSteps } from "@/components/tabular-import/use-import-steps";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import { ImportPreview, type Preview } from "./import-preview";
import { ImportProblems } from "./import-problems";

/** Choose a file → check it (preview, warnings, or every problem) → confirm the import. */
export function ImportEditionPanel() {
  const t = useT();
  const router = useRouter();
  const { file, state, fileError, run, chooseFile } = useImportSteps<Preview, { id: string }>({
    chooseFirst: t("indicators.import.chooseFirst"),
    urlFor: (step) => `/api/v1/editions/import${step === "check" ? "?dryRun=1" : ""}`,
    onImported: () => router.refresh(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run("check");
  }

  const isBusy = state.kind === "busy";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="w-full sm:w-96">
          <Field id="edition-file" label={t("indicators.import.file")} hint={t("indicators.import.fileHint")} errors={fileError ? [fileError] : undefined}>
            <input
              {...controlA11y("edition-file", fileError ? [fileError] : undefined, t("indicators.import.fileHint"))}
              type="file"
              name="file"
              accept=".xlsx,.yaml,.yml,.json,.xls"
              className={controlClass}
              onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={isBusy}>
          {state.kind === "busy" && state.step === "check" ? t("indicators.import.checking") : t("indicators.import.check")}
        </Button>
      </form>
      {state.kind === "invalid" && <ImportProblems message={state.message} problems={state.problems} />}
      {state.kind === "preview" && (
        <div className="space-y-3">
          <ImportPreview preview={state.preview} />
          <Button onClick={() => void run("import")}>{t("indicators.import.confirm")}</Button>
        </div>
      )}
      {state.kind === "busy" && state.step === "import" && <Alert tone="info">{t("indicators.import.importing")}</Alert>}
      {state.kind === "imported" && (
        <Alert tone="success">
          {t("indicators.import.done", { name: state.preview?.edition.name ?? file?.name ?? "" })}
          <Link href={`/editions/${state.result.id}`} className="ml-2 font-medium underline">
            {t("indicators.import.open")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
