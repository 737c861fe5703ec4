"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createCityAction, updateCityAction } from "@/lib/actions/city-admin";
import { useT } from "@/lib/i18n/client";
import type { AdminCityRow, CreateCityInput } from "@/lib/validation/provinces";
import { SaveCancelButtons } from "@/components/forms/save-cancel-buttons";

const FIELDS = ["provinceId", "name", "slug", "isNominated"];

type Props = { provinces: Array<{ id: string; name: string }>; city?: AdminCityRow; onSaved?: () => void; onCancel?: () => void };

/** Create a city (no `city`) or edit one at the version it was read. Key it by that version. */
export function CityForm({ provinces, city, onSaved, onCancel }: Props) {
  const t = useT();
  const toInput = (data: FormData): CreateCityInput => ({
    provinceId: textValue(data, "provinceId"),
    name: textValue(data, "name"),
    slug: textValue(data, "slug"),
    isNominated: data.get("isNominated") === "on",
  });
  const form = useActionForm(
    (input: CreateCityInput) => (city ? updateCityAction({ ...input, id: city.id, version: city.version }) : createCityAction(input)),
    { toInput, onSuccess: () => onSaved?.() },
  );
  const label = (name: string) => t(`cityAdmin.cityFields.${name}`);
  const prefix = city ? `city-${city.id}` : "city-new";
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict result={form.result} fields={[...FIELDS, "version"].map((name) => ({ name, label: label(name) }))} />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id={`${prefix}-provinceId`}
          name="provinceId"
          label={label("provinceId")}
          required
          options={provinces.map((province) => ({ value: province.id, label: province.name }))}
          defaultValue={city?.provinceId ?? provinces[0]?.id}
          errors={form.errorsOf("provinceId")}
        />
        <TextField id={`${prefix}-name`} name="name" label={label("name")} required defaultValue={city?.name} errors={form.errorsOf("name")} />
        <TextField
          id={`${prefix}-slug`}
          name="slug"
          label={label("slug")}
          required
          defaultValue={city?.slug}
          hint={t("cityAdmin.slugHint")}
          autoCapitalize="none"
          spellCheck={false}
          errors={form.errorsOf("slug")}
        />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="isNominated" defaultChecked={city?.isNominated ?? true} className="size-4" />
        {label("isNominated")}
      </label>
      <SaveCancelButtons pending={form.isPending} onCancel={onCancel} t={t} />
    </form>
  );
}
