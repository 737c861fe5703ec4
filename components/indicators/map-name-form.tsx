"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { controlA11y } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { mapDepartmentNameAction } from "@/lib/actions/indicators";
import { useT } from "@/lib/i18n/client";
import type { MapDepartmentNameInput } from "@/lib/validation/indicator-localization";
import { ALL_STREETS_VALUE } from "./all-streets-value";

type Props = { name: string; hint: string; defaultValue?: string; departments: Array<{ id: string; name: string }>; idPrefix: string };

/** One department name of the edition: choose the city's department it means, or all street offices. */
export function MapNameForm({ name, hint, defaultValue = "", departments, idPrefix }: Props) {
  const t = useT();
  const form = useActionForm((input: MapDepartmentNameInput) => mapDepartmentNameAction(input), {
    toInput: (data) => {
      const value = textValue(data, "target");
      return value === ALL_STREETS_VALUE ? { name, isAllStreets: true } : { name, departmentId: value || null };
    },
  });
  const id = `${idPrefix}-target`;
  const errors = form.errorsOf("departmentId");
  const options = [{ value: ALL_STREETS_VALUE, label: t("indicators.city.allStreets") }, ...departments.map((d) => ({ value: d.id, label: d.name }))];
  return (
    <form onSubmit={form.onSubmit} className="space-y-2 border-t border-slate-100 py-3 first:border-t-0" noValidate>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-40 flex-1">
          <label htmlFor={id} className="font-medium text-slate-900">
            {name}
          </label>
          <p className="text-xs text-slate-500">{hint}</p>
        </div>
        <div className="w-full sm:w-64">
          <Select
            {...controlA11y(id, errors)}
            name="target"
            options={options}
            placeholder={t("indicators.city.chooseDepartment")}
            defaultValue={defaultValue}
          />
        </div>
        <Button type="submit" size="sm" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("indicators.city.map")}
        </Button>
      </div>
      {errors && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      )}
      <FormError result={form.result} shownFields={["departmentId"]} />
    </form>
  );
}
