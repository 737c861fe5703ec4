"use client";
import { useState } from "react";
import type { Problem } from "@/components/indicators/import-problems";
import { useT } from "@/lib/i18n/client";
import { postImportFile } from "./post-import-file";

export type ImportStep = "check" | "import";

export type ImportState<Preview, Result> =
  | { kind: "idle" }
  | { kind: "busy"; step: ImportStep }
  | { kind: "preview"; preview: Preview }
  | { kind: "invalid"; message: string; problems: Problem[] }
  | { kind: "imported"; result: Result; preview: Preview | null };

type Options = {
  /** The import route for a step (the check is its `?dryRun=1`). */
  urlFor: (step: ImportStep) => string;
  /** The message beside the file field when no file is chosen. */
  chooseFirst: string;
  onImported?: () => void;
};

/**
 * The two steps every import screen shares: 预览 (a dry run: the preview or every problem), then
 * 确认导入. Choosing another file, or anything else that changes what would be imported, starts over.
 */
export function useImportSteps<Preview, Result>({ urlFor, chooseFirst, onImported }: Options) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState<Preview, Result>>({ kind: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);

  async function run(step: ImportStep) {
    if (!file) return setFileError(chooseFirst);
    const preview = state.kind === "preview" ? state.preview : null;
    setState({ kind: "busy", step });
    try {
      const result = await postImportFile(urlFor(step), file);
      if (!result.ok) return setState({ kind: "invalid", message: result.message ?? t("errors.INTERNAL"), problems: result.problems });
      if (step === "check") return setState({ kind: "preview", preview: result.body as Preview });
      setState({ kind: "imported", result: result.body as Result, preview });
      onImported?.();
    } catch {
      setState({ kind: "invalid", message: t("errors.INTERNAL"), problems: [] });
    }
  }

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setFileError(null);
    setState({ kind: "idle" });
  }

  return { file, state, fileError, run, chooseFile, startOver: () => setState({ kind: "idle" }) };
}
