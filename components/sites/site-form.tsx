"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createSiteAction, updateSiteAction } from "@/lib/actions/sites";
import { useT } from "@/lib/i18n/client";
import type { SiteOptions, SiteRow } from "@/lib/validation/sites";
import { SaveCancelButtons } from "@/components/forms/save-cancel-buttons";

const TEXT_FIELDS = ["name", "code", "street", "grid", "address", "longitude", "latitude"] as const;
const FIELDS = [...TEXT_FIELDS, "siteTypeId", "responsibleDepartmentId"] as const;

type SiteFormValues = Record<(typeof FIELDS)[number], string>;

function toFields(form: FormData): SiteFormValues {
  return {
    name: textValue(form, "name"),
    code: textValue(form, "code"),
    siteTypeId: textValue(form, "siteTypeId"),
    street: textValue(form, "street"),
    grid: textValue(form, "grid"),
    address: textValue(form, "address"),
    longitude: textValue(form, "longitude"),
    latitude: textValue(form, "latitude"),
    responsibleDepartmentId: textValue(form, "responsibleDepartmentId"),
  };
}

type Props = { site?: SiteRow; options: Pick<SiteOptions, "types" | "departments" | "streets">; onSaved?: () => void; onCancel?: () => void };

/** Create a site (no `site`) or edit one at the version it was read. Key it by that version. */
export function SiteForm({ site, options, onSaved, onCancel }: Props) {
  const t = useT();
  const form = useActionForm(
    (input: SiteFormValues) =>
      site ? updateSiteAction({ ...input, code: input.code || site.code, id: site.id, version: site.version }) : createSiteAction(input),
    { toInput: toFields, onSuccess: () => onSaved?.() },
  );
  const label = (name: string) => t(`sites.fields.${name}`);
  const prefix = site ? `site-${site.id}` : "site-new";
  const text = (name: (typeof TEXT_FIELDS)[number], value: string | null | undefined, extra: Record<string, unknown> = {}) => (
    <TextField id={`${prefix}-${name}`} name={name} label={label(name)} defaultValue={value ?? ""} errors={form.errorsOf(name)} {...extra} />
  );

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict
        result={form.result}
        fields={[...FIELDS, "version"].map((name) => ({
          name: name === "siteTypeId" ? "siteType" : name === "responsibleDepartmentId" ? "responsibleDepartment" : name,
          label: label(name),
          format: name.endsWith("Id") ? (value) => (value as { name?: string } | null)?.name ?? "—" : undefined,
        }))}
      />
      <FormError result={form.result} shownFields={[...FIELDS]} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name", site?.name, { required: true })}
        {text("code", site?.code, { hint: t("sites.codeHint"), autoCapitalize: "characters" })}
        <SelectField
          id={`${prefix}-siteTypeId`}
          name="siteTypeId"
          label={label("siteTypeId")}
          required
          placeholder={t("sites.choose")}
          options={options.types.map((type) => ({ value: type.id, label: type.name }))}
          defaultValue={site?.siteType.id ?? ""}
          errors={form.errorsOf("siteTypeId")}
        />
        <SelectField
          id={`${prefix}-responsibleDepartmentId`}
          name="responsibleDepartmentId"
          label={label("responsibleDepartmentId")}
          required
          placeholder={t("sites.choose")}
          options={options.departments.map((department) => ({ value: department.id, label: department.name }))}
          defaultValue={site?.responsibleDepartment.id ?? ""}
          errors={form.errorsOf("responsibleDepartmentId")}
        />
        {text("street", site?.street, { list: `${prefix}-streets` })}
        {text("grid", site?.grid)}
        <div className="sm:col-span-2">{text("address", site?.address)}</div>
        {text("longitude", site?.longitude, { inputMode: "decimal", hint: t("sites.longitudeHint") })}
        {text("latitude", site?.latitude, { inputMode: "decimal", hint: t("sites.latitudeHint") })}
      </div>
      <datalist id={`${prefix}-streets`}>
        {options.streets.map((street) => (
          <option key={street} value={street} />
        ))}
      </datalist>
      <SaveCancelButtons pending={form.isPending} onCancel={onCancel} t={t} />
    </form>
  );
}
