"use client";
import { FormError } from "@/components/forms/form-error";
import { numberValue, textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createCycleAction } from "@/lib/actions/city-admin";
import { useT } from "@/lib/i18n/client";
import { DEFAULT_YEAR_WEIGHTS, type CreateCycleInput } from "@/lib/validation/cycles";

const FIELDS = ["name", "startYear", "editionId", "isCurrent", "yearWeights", ...DEFAULT_YEAR_WEIGHTS.map((_, index) => `yearWeights.${index}`)];

type Props = { cityId: string; editions: Array<{ id: string; name: string }>; nextStartYear: number; onSaved?: () => void; onCancel?: () => void };

/** A new creation cycle of a city: three years with their weights (15% / 25% / 60% by default). */
export function CycleForm({ cityId, editions, nextStartYear, onSaved, onCancel }: Props) {
  const t = useT();
  const toInput = (data: FormData): CreateCycleInput => ({
    cityId,
    name: textValue(data, "name"),
    startYear: numberValue(data, "startYear") ?? "",
    yearWeights: DEFAULT_YEAR_WEIGHTS.map((_, index) => textValue(data, `yearWeight-${index}`)),
    editionId: textValue(data, "editionId"),
    isCurrent: data.get("isCurrent") === "on",
  });
  const form = useActionForm(createCycleAction, { toInput, onSuccess: () => onSaved?.() });
  const label = (name: string) => t(`cityAdmin.cycleFields.${name}`);
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="cycle-name" name="name" label={label("name")} required errors={form.errorsOf("name")} />
        <TextField
          id="cycle-startYear"
          name="startYear"
          label={label("startYear")}
          type="number"
          inputMode="numeric"
          required
          defaultValue={nextStartYear}
          errors={form.errorsOf("startYear")}
        />
        <SelectField
          id="cycle-editionId"
          name="editionId"
          label={label("editionId")}
          placeholder={t("cityAdmin.noEdition")}
          options={editions.map((edition) => ({ value: edition.id, label: edition.name }))}
          defaultValue=""
          errors={form.errorsOf("editionId")}
        />
        {DEFAULT_YEAR_WEIGHTS.map((weight, index) => (
          <TextField
            key={index}
            id={`cycle-yearWeight-${index}`}
            name={`yearWeight-${index}`}
            label={t("cityAdmin.yearWeightLabel", { n: index + 1 })}
            inputMode="decimal"
            defaultValue={weight}
            errors={form.errorsOf(`yearWeights.${index}`)}
          />
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="isCurrent" defaultChecked className="size-4" />
        {label("isCurrent")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("cityAdmin.createCycle")}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
