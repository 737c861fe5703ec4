"use client";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useT } from "@/lib/i18n/client";

/** The parameter fields of one rubric kind (shared/scoring.md); the problems of all of them beside the group. */
export function RubricParamsFields({ kind, prefix, errors }: { kind: string; prefix: string; errors?: string[] }) {
  const t = useT();
  const label = (name: string) => t(`indicators.params.${name}`);
  let fields = null;
  if (kind === "DEDUCT") {
    fields = (
      <>
        <TextField id={`${prefix}-perFinding`} name="perFinding" label={label("perFinding")} inputMode="decimal" required />
        <TextField id={`${prefix}-cap`} name="cap" label={label("cap")} inputMode="decimal" hint={t("indicators.params.capHint")} />
      </>
    );
  } else if (kind === "GRADED") {
    fields = (
      <TextField id={`${prefix}-grades`} name="grades" label={label("grades")} placeholder="A=1, B=0.8, C=0.6, D=0" hint={t("indicators.params.gradesHint")} />
    );
  } else if (kind === "THRESHOLD") {
    const directions = ["AT_LEAST", "AT_MOST"].map((value) => ({ value, label: t(`indicators.params.directions.${value}`) }));
    fields = (
      <>
        <TextField id={`${prefix}-target`} name="target" label={label("target")} inputMode="decimal" required />
        <SelectField id={`${prefix}-direction`} name="direction" label={label("direction")} options={directions} defaultValue="AT_LEAST" required />
        <TextField id={`${prefix}-unit`} name="unit" label={label("unit")} placeholder="%" />
      </>
    );
  }
  if (!fields && !errors?.length) return null;
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" aria-describedby={errors?.length ? `${prefix}-params-error` : undefined}>
      <legend className="px-1 text-sm font-medium text-slate-700">{t("indicators.fields.rubricParams")}</legend>
      <div className="grid gap-3 sm:grid-cols-3">{fields}</div>
      {errors?.length ? (
        <p id={`${prefix}-params-error`} className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The parameters as the form holds them, for the server to check exactly as an import does. */
export function rubricParamsFromForm(kind: string, data: FormData): Record<string, string> {
  const keys: Record<string, string[]> = { DEDUCT: ["perFinding", "cap"], GRADED: ["grades"], THRESHOLD: ["target", "direction", "unit"] };
  const out: Record<string, string> = {};
  for (const key of keys[kind] ?? []) {
    const value = data.get(key);
    if (typeof value === "string" && value.trim() !== "") out[key] = value.trim();
  }
  return out;
}
