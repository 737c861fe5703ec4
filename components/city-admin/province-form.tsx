"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createProvinceAction, updateProvinceAction } from "@/lib/actions/city-admin";
import { useT } from "@/lib/i18n/client";
import type { CreateProvinceInput, ProvinceRow } from "@/lib/validation/provinces";
import { SaveCancelButtons } from "@/components/forms/save-cancel-buttons";

const FIELDS = ["code", "name"];

/** Create a province (no `province`) or edit one at the version it was read. Key it by that version. */
export function ProvinceForm({ province, onSaved, onCancel }: { province?: ProvinceRow; onSaved?: () => void; onCancel?: () => void }) {
  const t = useT();
  const form = useActionForm(
    (input: CreateProvinceInput) => (province ? updateProvinceAction({ ...input, id: province.id, version: province.version }) : createProvinceAction(input)),
    { toInput: (data) => ({ code: textValue(data, "code"), name: textValue(data, "name") }), onSuccess: () => onSaved?.() },
  );
  const label = (name: string) => t(`cityAdmin.provinceFields.${name}`);
  const prefix = province ? `province-${province.id}` : "province-new";
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict result={form.result} fields={[...FIELDS, "version"].map((name) => ({ name, label: label(name) }))} />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-code`} name="code" label={label("code")} required defaultValue={province?.code} errors={form.errorsOf("code")} />
        <TextField id={`${prefix}-name`} name="name" label={label("name")} required defaultValue={province?.name} errors={form.errorsOf("name")} />
      </div>
      <SaveCancelButtons pending={form.isPending} onCancel={onCancel} t={t} />
    </form>
  );
}
