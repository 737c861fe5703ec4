"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createRoundAction } from "@/lib/actions/rounds";
import { useT } from "@/lib/i18n/client";
import type { RoundFormOptions } from "@/lib/validation/round-form";
import { ROUND_KINDS, type RoundKind } from "@/lib/validation/rounds";
import { RoundDrawFields } from "./round-draw-fields";
import { roundFormInput, type SiteChoice } from "./round-form-values";
import { RoundSitePicker } from "./round-site-picker";

const SHOWN_FIELDS = [
  "name",
  "kind",
  "periodStart",
  "periodEnd",
  "siteIds",
  "sample",
  "sample.seed",
  "sample.perType",
  "sample.count",
  "inspectorIds",
  "criterionCodes",
];

function Checkboxes({ name, legend, items, errors }: { name: string; legend: string; items: { value: string; label: string }[]; errors?: string[] }) {
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `round-${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {items.map((item) => (
          <label key={item.value} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" name={name} value={item.value} className="size-4" />
            {item.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={`round-${name}-error`} className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** 新建督查: name, kind, period; sites by random draw (with a preview) or by hand; inspectors; desk criteria. */
export function RoundForm({ options, defaults }: { options: RoundFormOptions; defaults: { periodStart: string; periodEnd: string } }) {
  const t = useT();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<RoundKind>("WEEKLY");
  const [choice, setChoice] = useState<SiteChoice>("draw");
  const { result, isPending, onSubmit, errorsOf } = useActionForm(createRoundAction, {
    toInput: (form) => roundFormInput(form, options.siteTypes),
    onSuccess: (round) => router.push(`/rounds/${round.id}`),
  });
  const isRecheck = kind === "RECHECK";
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  // A per-type count's error ("sample.perType.集贸市场") is shown beside the counts, not again above.
  const shownFields = [...SHOWN_FIELDS, ...Object.keys(fieldErrors ?? {}).filter((name) => name.startsWith("sample."))];

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormError result={result} shownFields={shownFields} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="round-name" name="name" label={t("rounds.form.name")} errors={errorsOf("name")} required />
        <SelectField
          id="round-kind"
          name="kind"
          label={t("rounds.form.kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as RoundKind)}
          options={ROUND_KINDS.map((value) => ({ value, label: t(`rounds.kind.${value}`) }))}
          errors={errorsOf("kind")}
          required
        />
        <TextField
          id="round-periodStart"
          name="periodStart"
          type="date"
          label={t("rounds.form.periodStart")}
          defaultValue={defaults.periodStart}
          errors={errorsOf("periodStart")}
          required
        />
        <TextField
          id="round-periodEnd"
          name="periodEnd"
          type="date"
          label={t("rounds.form.periodEnd")}
          defaultValue={defaults.periodEnd}
          errors={errorsOf("periodEnd")}
          required
        />
      </div>

      {isRecheck ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="round-seed"
            name="seed"
            label={t("rounds.form.seed")}
            hint={t("rounds.form.seedHint")}
            errors={errorsOf("sample.seed") ?? errorsOf("sample")}
            required
          />
          <TextField id="round-count" name="count" type="number" min={1} label={t("rounds.form.recheckCount")} errors={errorsOf("sample.count")} required />
        </div>
      ) : (
        <section className="space-y-3 rounded-lg border border-slate-200 p-4">
          <div role="radiogroup" aria-label={t("rounds.form.siteChoice")} className="flex flex-wrap gap-4">
            {(["draw", "hand"] as const).map((value) => (
              <label key={value} className="flex items-center gap-1.5 text-sm font-medium">
                <input type="radio" name="siteChoice" value={value} checked={choice === value} onChange={() => setChoice(value)} className="size-4" />
                {t(`rounds.form.choice.${value}`)}
              </label>
            ))}
          </div>
          {choice === "draw" ? (
            <RoundDrawFields formRef={formRef} siteTypes={options.siteTypes} streets={options.streets} fieldErrors={fieldErrors} />
          ) : (
            <RoundSitePicker sites={options.sites} siteTypes={options.siteTypes} streets={options.streets} errors={errorsOf("siteIds")} />
          )}
        </section>
      )}

      {options.inspectors.length > 0 && (
        <Checkboxes
          name="inspectorIds"
          legend={t("rounds.form.inspectors")}
          items={options.inspectors.map((inspector) => ({ value: inspector.id, label: inspector.name }))}
          errors={errorsOf("inspectorIds")}
        />
      )}
      {!isRecheck && options.deskCriteria.length > 0 && (
        <Checkboxes
          name="criterionCodes"
          legend={t("rounds.form.deskCriteria")}
          items={options.deskCriteria.map((criterion) => ({ value: criterion.code, label: `${criterion.code} ${criterion.title}` }))}
          errors={errorsOf("criterionCodes")}
        />
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : t("rounds.form.submit")}
        </Button>
      </div>
    </form>
  );
}
