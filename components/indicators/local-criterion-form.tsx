"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { createLocalCriterionAction } from "@/lib/actions/indicators";
import { useT } from "@/lib/i18n/client";
import { ASSESSMENT_METHODS, RUBRIC_KINDS, type CreateLocalCriterionInput } from "@/lib/validation/indicator-localization";
import { DepartmentCheckboxes } from "./department-checkboxes";
import { RubricParamsFields, rubricParamsFromForm } from "./rubric-params-fields";

const FIELDS = [
  "contentId",
  "code",
  "name",
  "description",
  "points",
  "method",
  "rubricKind",
  "rubricParams",
  "siteTypeNames",
  "leadDepartmentId",
  "coDepartmentIds",
  "rectificationDays",
  "onlineSubmissionRule",
];
const PREFIX = "local-criterion";

type Props = {
  contents: Array<{ id: string; code: string; name: string; categoryName: string }>;
  departments: Array<{ id: string; name: string }>;
  onSaved: () => void;
  onCancel: () => void;
};

/** A criterion of the city's own, under one of the adopted edition's contents. */
export function LocalCriterionForm({ contents, departments, onSaved, onCancel }: Props) {
  const t = useT();
  const [kind, setKind] = useState<string>("DEDUCT");
  const form = useActionForm((input: CreateLocalCriterionInput) => createLocalCriterionAction(input), {
    toInput: (data) => ({
      contentId: textValue(data, "contentId"),
      code: textValue(data, "code"),
      name: textValue(data, "name"),
      description: textValue(data, "description"),
      points: textValue(data, "points"),
      method: textValue(data, "method") as CreateLocalCriterionInput["method"],
      rubricKind: kind as CreateLocalCriterionInput["rubricKind"],
      rubricParams: rubricParamsFromForm(kind, data),
      siteTypeNames: textValue(data, "siteTypeNames")
        .split(/[、,，;；\n]+/)
        .map((name) => name.trim())
        .filter(Boolean),
      leadDepartmentId: textValue(data, "leadDepartmentId"),
      coDepartmentIds: data.getAll("coDepartmentIds").map(String),
      isVeto: data.get("isVeto") === "on",
      onlineSubmissionRule: textValue(data, "onlineSubmissionRule"),
      rectificationDays: textValue(data, "rectificationDays"),
    }),
    onSuccess: onSaved,
  });
  const label = (name: string) => t(`indicators.fields.${name}`);
  const id = (name: string) => `${PREFIX}-${name}`;
  const errors = form.errorsOf;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={id("content")}
          name="contentId"
          label={label("contentId")}
          required
          placeholder={t("indicators.city.chooseContent")}
          errors={errors("contentId")}
          options={contents.map((c) => ({ value: c.id, label: `${c.categoryName} › ${c.code} ${c.name}` }))}
        />
        <TextField id={id("code")} name="code" label={label("code")} required errors={errors("code")} />
        <TextField id={id("name")} name="name" label={label("name")} required errors={errors("name")} />
        <TextField id={id("points")} name="points" label={label("points")} required inputMode="decimal" errors={errors("points")} />
        <SelectField
          id={id("method")}
          name="method"
          label={label("method")}
          required
          defaultValue="FIELD"
          errors={errors("method")}
          options={ASSESSMENT_METHODS.map((m) => ({ value: m, label: t(`indicators.methods.${m}`) }))}
        />
        <SelectField
          id={id("rubricKind")}
          name="rubricKind"
          label={label("rubricKind")}
          required
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          errors={errors("rubricKind")}
          options={RUBRIC_KINDS.map((k) => ({ value: k, label: t(`indicators.rubricKinds.${k}`) }))}
        />
      </div>
      <RubricParamsFields kind={kind} prefix={PREFIX} errors={errors("rubricParams")} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={id("lead")}
          name="leadDepartmentId"
          label={label("leadDepartmentId")}
          required
          placeholder={t("indicators.city.chooseDepartment")}
          errors={errors("leadDepartmentId")}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <TextField
          id={id("days")}
          name="rectificationDays"
          label={label("rectificationDays")}
          type="number"
          min={0}
          inputMode="numeric"
          errors={errors("rectificationDays")}
        />
        <TextField
          id={id("siteTypes")}
          name="siteTypeNames"
          label={label("siteTypeNames")}
          hint={t("indicators.city.siteTypesHint")}
          errors={errors("siteTypeNames")}
        />
        <TextField id={id("online")} name="onlineSubmissionRule" label={label("onlineSubmissionRule")} errors={errors("onlineSubmissionRule")} />
      </div>
      <DepartmentCheckboxes
        id={id("co")}
        name="coDepartmentIds"
        label={label("coDepartmentIds")}
        departments={departments}
        defaultChecked={[]}
        errors={errors("coDepartmentIds")}
      />
      <Field id={id("description")} label={label("description")} errors={errors("description")}>
        <textarea {...controlA11y(id("description"), errors("description"))} name="description" rows={3} className={controlClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="isVeto" className="size-4" />
        {t("indicators.fields.isVeto")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("indicators.city.createLocal")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
