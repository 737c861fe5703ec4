"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { postImportFile } from "@/components/tabular-import/post-import-file";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import { ImportPreview, type Preview } from "./import-preview";
import { ImportProblems, type Problem } from "./import-problems";

type State =
  | { kind: "idle" }
  | { kind: "busy"; step: "check" | "import" }
  | { kind: "preview"; preview: Preview }
  | { kind: "invalid"; message: string; problems: Problem[] }
  | { kind: "imported"; id: string; name: string };

/** Choose a file → check it (preview, warnings, or every problem) → confirm the import. */
export function ImportEditionPanel() {
  const t = useT();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);

  async function run(step: "check" | "import") {
    if (!file) return setFileError(t("indicators.import.chooseFirst"));
    setState({ kind: "busy", step });
    try {
      const result = await postImportFile(`/api/v1/editions/import${step === "check" ? "?dryRun=1" : ""}`, file);
      if (!result.ok) return setState({ kind: "invalid", message: result.message ?? t("errors.INTERNAL"), problems: result.problems });
      if (step === "check") return setState({ kind: "preview", preview: result.body as Preview });
      const preview = state.kind === "preview" ? state.preview : null;
      setState({ kind: "imported", id: (result.body as { id: string }).id, name: preview?.edition.name ?? file.name });
      router.refresh();
    } catch {
      setState({ kind: "invalid", message: t("errors.INTERNAL"), problems: [] });
    }
  }

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
              onChange={(event) => { setFile(event.target.files?.[0] ?? null); setFileError(null); setState({ kind: "idle" }); }}
            />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={isBusy}>{state.kind === "busy" && state.step === "check" ? t("indicators.import.checking") : t("indicators.import.check")}</Button>
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
          {t("indicators.import.done", { name: state.name })}
          <Link href={`/editions/${state.id}`} className="ml-2 font-medium underline">{t("indicators.import.open")}</Link>
        </Alert>
      )}
    </div>
  );
}
