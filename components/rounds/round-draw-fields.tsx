"use client";
import { useState, useTransition, type RefObject } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { previewRoundDrawAction } from "@/lib/actions/rounds";
import { useT } from "@/lib/i18n/client";
import type { RoundFormSite } from "@/lib/validation/round-form";
import { drawSampleOf } from "./round-form-values";

type Props = {
  formRef: RefObject<HTMLFormElement | null>;
  siteTypes: string[];
  streets: string[];
  /** Errors of the create call, by field ("sample.seed", "sample.perType.集贸市场" …). */
  fieldErrors?: Record<string, string[]>;
};

const startingWith = (errors: Record<string, string[]> | undefined, prefix: string) =>
  Object.entries(errors ?? {})
    .filter(([name]) => name === prefix || name.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);

/** The random draw: seed, sites per type and streets, with a 预览 of exactly the sites createRound will draw. */
export function RoundDrawFields({ formRef, siteTypes, streets, fieldErrors }: Props) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [preview, setPreview] = useState<RoundFormSite[] | null>(null);
  const [previewErrors, setPreviewErrors] = useState<Record<string, string[]> | undefined>();
  const [previewError, setPreviewError] = useState<string | null>(null);

  function runPreview() {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const periodEnd = String(data.get("periodEnd") ?? "");
    startTransition(async () => {
      const result = await previewRoundDrawAction({ sample: drawSampleOf(data, siteTypes), ...(periodEnd ? { periodEnd } : {}) });
      setPreviewErrors(result.ok ? undefined : result.fieldErrors);
      setPreviewError(result.ok || result.fieldErrors ? null : errorMessage(t, result));
      setPreview(result.ok ? result.data.sites : null);
    });
  }

  const seedErrors = [...startingWith(fieldErrors, "sample.seed"), ...startingWith(previewErrors, "sample.seed")];
  const perTypeErrors = [
    ...startingWith(fieldErrors, "sample.perType"),
    ...(fieldErrors?.sample ?? []),
    ...startingWith(previewErrors, "sample.perType"),
    ...(previewErrors?.sample ?? []),
  ];
  return (
    <div className="space-y-3">
      <TextField
        id="round-seed"
        name="seed"
        label={t("rounds.form.seed")}
        hint={t("rounds.form.seedHint")}
        errors={seedErrors.length ? seedErrors : undefined}
        required
      />
      <fieldset className="space-y-2" aria-describedby={perTypeErrors.length ? "round-perType-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("rounds.form.perType")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {siteTypes.map((type) => (
            <label key={type} className="flex items-center justify-between gap-2 rounded border border-slate-200 bg-white px-2 py-1 text-sm">
              <span>{type}</span>
              <Input
                name={`perType.${type}`}
                type="number"
                min={0}
                max={1000}
                inputMode="numeric"
                className="w-20"
                aria-label={t("rounds.form.perTypeOf", { type })}
              />
            </label>
          ))}
        </div>
        {perTypeErrors.length > 0 && (
          <p id="round-perType-error" className="text-sm text-red-700">
            {perTypeErrors.join("；")}
          </p>
        )}
      </fieldset>
      {streets.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{t("rounds.form.streets")}</legend>
          <p className="text-xs text-slate-500">{t("rounds.form.streetsHint")}</p>
          <div className="flex flex-wrap gap-3">
            {streets.map((street) => (
              <label key={street} className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="streets" value={street} className="size-4" />
                {street}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div>
        <Button variant="secondary" disabled={isPending} onClick={runPreview}>
          {t("rounds.form.preview")}
        </Button>
      </div>
      {previewError && <Alert tone="error">{previewError}</Alert>}
      {preview && (
        <div aria-live="polite" className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="mb-2 text-sm font-medium text-slate-800">{t("rounds.form.previewCount", { count: preview.length })}</p>
          <ol className="max-h-60 list-decimal space-y-0.5 overflow-y-auto pl-6 text-sm text-slate-700">
            {preview.map((site) => (
              <li key={site.id}>
                <span className="tabular-nums text-slate-500">{site.code}</span> {site.name}（{site.siteType} · {site.street ?? "—"}）
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
