"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Button } from "@/components/ui/button";
import { updateCycleWeightsAction } from "@/lib/actions/city-settings";
import { useT } from "@/lib/i18n/client";
import { SCORECARD_WEIGHTS, type CycleWeightsRow, type UpdateCycleWeightsInput } from "@/lib/validation/city-settings";

/** The current cycle's scorecard weights and year weights, saved against the version they were read at. */
function CycleWeightsFormFields({ cycle, isSaved, onSaved }: { cycle: CycleWeightsRow; isSaved: boolean; onSaved: (version: number) => void }) {
  const t = useT();
  const toInput = (form: FormData): UpdateCycleWeightsInput => ({
    cycleId: cycle.id,
    version: cycle.version,
    inspectionWeight: textValue(form, "inspectionWeight"),
    rectificationWeight: textValue(form, "rectificationWeight"),
    ledgerWeight: textValue(form, "ledgerWeight"),
    years: cycle.years.map(({ year }) => ({ year, weight: textValue(form, `year-${year}`) })),
  });
  const form = useActionForm(updateCycleWeightsAction, { toInput, onSuccess: (saved) => onSaved(saved.version) });
  const yearFields = cycle.years.map((_, index) => `years.${index}.weight`);

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict result={form.result} fields={[...SCORECARD_WEIGHTS, "version"].map((name) => ({ name, label: t(`citySettings.weights.${name}`) }))} />
      <FormError result={form.result} shownFields={[...SCORECARD_WEIGHTS, ...yearFields, "years"]} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("citySettings.weights.scorecard")}</legend>
        <p className="text-sm text-slate-600">{t("citySettings.weights.scorecardHint")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {SCORECARD_WEIGHTS.map((name) => (
            <TextField
              key={name}
              id={`weights-${name}`}
              name={name}
              label={t(`citySettings.weights.${name}`)}
              inputMode="decimal"
              defaultValue={cycle[name]}
              errors={form.errorsOf(name)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("citySettings.weights.years")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {cycle.years.map(({ year, weight }, index) => (
            <TextField
              key={year}
              id={`weights-year-${year}`}
              name={`year-${year}`}
              label={t("citySettings.weights.yearLabel", { year })}
              inputMode="decimal"
              defaultValue={weight}
              errors={form.errorsOf(`years.${index}.weight`)}
            />
          ))}
        </div>
        {form.errorsOf("years") && <p className="text-sm text-red-700">{form.errorsOf("years")!.join("；")}</p>}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("citySettings.weights.save")}
        </Button>
        {isSaved && <span className="text-sm text-green-800">{t("common.saved")}</span>}
      </div>
    </form>
  );
}

/**
 * A save re-renders the page with the new version, which remounts the fields (so a version
 * conflict's 载入最新 shows the stored values); the saved notice lives out here to survive that.
 */
export function CycleWeightsForm({ cycle }: { cycle: CycleWeightsRow }) {
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return <CycleWeightsFormFields key={cycle.version} cycle={cycle} isSaved={savedVersion === cycle.version} onSaved={setSavedVersion} />;
}
