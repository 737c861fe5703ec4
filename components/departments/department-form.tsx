"use client";
import { FormError } from "@/components/forms/form-error";
import { numberValue, textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { createDepartmentAction, updateDepartmentAction } from "@/lib/actions/departments";
import { useT } from "@/lib/i18n/client";
import { DEPARTMENT_KINDS, type CreateDepartmentInput, type DepartmentRow } from "@/lib/validation/departments";
import { SaveCancelButtons } from "@/components/forms/save-cancel-buttons";

const TEXT_FIELDS = ["name", "shortName", "leaderName", "leaderTitle", "liaisonName", "liaisonPhone"] as const;
const FIELDS = [...TEXT_FIELDS, "kind", "sortOrder"];

function toFields(form: FormData): CreateDepartmentInput {
  return {
    name: textValue(form, "name"),
    shortName: textValue(form, "shortName"),
    kind: textValue(form, "kind") as CreateDepartmentInput["kind"],
    leaderName: textValue(form, "leaderName"),
    leaderTitle: textValue(form, "leaderTitle"),
    liaisonName: textValue(form, "liaisonName"),
    liaisonPhone: textValue(form, "liaisonPhone"),
    sortOrder: numberValue(form, "sortOrder"),
  };
}

type Props = { department?: DepartmentRow; onSaved?: () => void; onCancel?: () => void };

/** Create a department (no `department`) or edit one, with the version it was read at. Key it by that version. */
export function DepartmentForm({ department, onSaved, onCancel }: Props) {
  const t = useT();
  const form = useActionForm(
    (input: CreateDepartmentInput) =>
      department ? updateDepartmentAction({ ...input, id: department.id, version: department.version }) : createDepartmentAction(input),
    { toInput: toFields, onSuccess: () => onSaved?.() },
  );
  const label = (name: string) => t(`departments.fields.${name}`);
  const kindOptions = DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`departments.kinds.${kind}`) }));
  const prefix = department ? `department-${department.id}` : "department-new";

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict
        result={form.result}
        fields={[...FIELDS, "version"].map((name) => ({
          name,
          label: label(name),
          format: name === "kind" ? (value) => t(`departments.kinds.${String(value)}`) : undefined,
        }))}
      />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} name="name" label={label("name")} required defaultValue={department?.name} errors={form.errorsOf("name")} />
        <TextField
          id={`${prefix}-shortName`}
          name="shortName"
          label={label("shortName")}
          defaultValue={department?.shortName ?? ""}
          errors={form.errorsOf("shortName")}
        />
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label={label("kind")}
          required
          options={kindOptions}
          defaultValue={department?.kind ?? "BUREAU"}
          errors={form.errorsOf("kind")}
        />
        <TextField
          id={`${prefix}-sortOrder`}
          name="sortOrder"
          label={label("sortOrder")}
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={department?.sortOrder ?? ""}
          errors={form.errorsOf("sortOrder")}
        />
        <TextField
          id={`${prefix}-leaderName`}
          name="leaderName"
          label={label("leaderName")}
          defaultValue={department?.leaderName ?? ""}
          errors={form.errorsOf("leaderName")}
        />
        <TextField
          id={`${prefix}-leaderTitle`}
          name="leaderTitle"
          label={label("leaderTitle")}
          defaultValue={department?.leaderTitle ?? ""}
          errors={form.errorsOf("leaderTitle")}
        />
        <TextField
          id={`${prefix}-liaisonName`}
          name="liaisonName"
          label={label("liaisonName")}
          defaultValue={department?.liaisonName ?? ""}
          errors={form.errorsOf("liaisonName")}
        />
        <TextField
          id={`${prefix}-liaisonPhone`}
          name="liaisonPhone"
          label={label("liaisonPhone")}
          type="tel"
          defaultValue={department?.liaisonPhone ?? ""}
          errors={form.errorsOf("liaisonPhone")}
        />
      </div>
      <SaveCancelButtons pending={form.isPending} onCancel={onCancel} t={t} />
    </form>
  );
}
