"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Button } from "@/components/ui/button";
import { updateCriterionLocalizationAction } from "@/lib/actions/indicators";
import { useT } from "@/lib/i18n/client";
import type { CityCriterionRow } from "@/lib/server/indicators/city/city-criterion-row";
import type { UpdateCriterionLocalizationInput } from "@/lib/validation/indicator-localization";
import { DepartmentCheckboxes } from "./department-checkboxes";

const FIELDS = ["leadDepartmentId", "coDepartmentIds", "rectificationDays", "isExcluded"];

type Props = { criterion: CityCriterionRow; departments: Array<{ id: string; name: string }>; onDone: () => void };

/** The city's departments, deadline and exclusion for one criterion, saved against the version it was read at. */
export function LocalizationForm({ criterion, departments, onDone }: Props) {
  const t = useT();
  const form = useActionForm((input: UpdateCriterionLocalizationInput) => updateCriterionLocalizationAction(input), {
    toInput: (data) => ({
      criterionId: criterion.id,
      leadDepartmentId: textValue(data, "leadDepartmentId"),
      coDepartmentIds: data.getAll("coDepartmentIds").map(String),
      rectificationDays: textValue(data, "rectificationDays"),
      isExcluded: data.get("isExcluded") === "on",
      version: criterion.version,
    }),
    onSuccess: onDone,
  });
  const prefix = `localize-${criterion.id}`;
  const label = (name: string) => t(`indicators.fields.${name}`);
  const defaultDays = criterion.defaultRectificationDays;
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label={t("indicators.city.localizeTitle", { code: criterion.code })}>
      <VersionConflict result={form.result} fields={[{ name: "version", label: label("version") }]} />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id={`${prefix}-lead`}
          name="leadDepartmentId"
          label={label("leadDepartmentId")}
          required
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          placeholder={t("indicators.city.chooseDepartment")}
          defaultValue={criterion.leads[0]?.id ?? ""}
          errors={form.errorsOf("leadDepartmentId")}
          hint={criterion.leadDepartmentName ? t("indicators.city.editionSays", { name: criterion.leadDepartmentName }) : undefined}
        />
        <TextField
          id={`${prefix}-days`}
          name="rectificationDays"
          label={label("rectificationDays")}
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={criterion.rectificationDays ?? ""}
          hint={defaultDays !== null ? t("indicators.city.defaultDays", { days: defaultDays }) : t("indicators.city.noDefaultDays")}
          errors={form.errorsOf("rectificationDays")}
        />
      </div>
      <DepartmentCheckboxes
        id={`${prefix}-co`}
        name="coDepartmentIds"
        label={label("coDepartmentIds")}
        departments={departments}
        defaultChecked={[...criterion.leads.slice(1), ...criterion.coDepartments].map((d) => d.id)}
        errors={form.errorsOf("coDepartmentIds")}
      />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="isExcluded" defaultChecked={criterion.isExcluded} className="size-4" />
        {t("indicators.city.exclude")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("common.save")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
