"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import { TextAreaField } from "./text-area-field";
import { SaveCancelButtons } from "@/components/forms/save-cancel-buttons";

type Fields = { title: string; summary: string; year?: number };

type Props = {
  /** Unique among the page's forms, for the fields' ids. */
  id: string;
  save: (fields: Fields) => Promise<ActionResult<unknown>>;
  initial?: { title: string; summary: string | null };
  /** Creating an annual plan: the years it may be for. */
  years?: number[];
  onDone?: () => void;
  onCancel?: () => void;
};

/** Title and summary of a three-year or annual plan (and the year of a new annual plan). */
export function PlanTextForm({ id, save, initial, years, onDone, onCancel }: Props) {
  const t = useT();
  const form = useActionForm(save, {
    toInput: (data) => ({ title: textValue(data, "title"), summary: textValue(data, "summary"), ...(years ? { year: Number(textValue(data, "year")) } : {}) }),
    onSuccess: () => onDone?.(),
  });
  const fields = ["title", "summary", ...(years ? ["year"] : [])];
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <VersionConflict
        result={form.result}
        fields={[
          { name: "title", label: t("plans.fields.title") },
          { name: "summary", label: t("plans.fields.summary") },
          { name: "version", label: t("plans.fields.version") },
        ]}
      />
      <FormError result={form.result} shownFields={fields} />
      {years && (
        <SelectField
          id={`${id}-year`}
          name="year"
          label={t("plans.fields.year")}
          required
          options={years.map((year) => ({ value: String(year), label: t("plans.yearValue", { year }) }))}
          errors={form.errorsOf("year")}
        />
      )}
      <TextField id={`${id}-title`} name="title" label={t("plans.fields.title")} required defaultValue={initial?.title} errors={form.errorsOf("title")} />
      <TextAreaField
        id={`${id}-summary`}
        name="summary"
        label={t("plans.fields.summary")}
        defaultValue={initial?.summary ?? ""}
        errors={form.errorsOf("summary")}
      />
      <SaveCancelButtons pending={form.isPending} onCancel={onCancel} t={t} />
    </form>
  );
}
