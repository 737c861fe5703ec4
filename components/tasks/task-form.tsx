"use client";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict, type ConflictField } from "@/components/forms/version-conflict";
import { DepartmentCheckboxes } from "@/components/indicators/department-checkboxes";
import { Button, ButtonLink } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { createTaskAction, updateTaskAction } from "@/lib/actions/tasks";
import { useT } from "@/lib/i18n/client";
import type { TaskFormOptions } from "@/lib/server/tasks/get-task-form-options";
import type { TaskFormValues } from "@/lib/server/tasks/get-task-for-edit";
import type { CreateTaskInput } from "@/lib/validation/task-changes";
import { TaskFormCriteria } from "./task-form-criteria";

const FIELDS = [
  "actionId",
  "title",
  "description",
  "target",
  "targetValue",
  "targetUnit",
  "leadDepartmentId",
  "coDepartmentIds",
  "responsiblePerson",
  "deadline",
  "recurrence",
  "criterionIds",
];
const RECURRENCES = ["NONE", "WEEKLY", "MONTHLY", "QUARTERLY"] as const;

type Props = { options: TaskFormOptions; task?: TaskFormValues };

function inputOf(data: FormData): CreateTaskInput {
  return {
    actionId: textValue(data, "actionId"),
    title: textValue(data, "title"),
    description: textValue(data, "description"),
    target: textValue(data, "target"),
    targetValue: textValue(data, "targetValue"),
    targetUnit: textValue(data, "targetUnit"),
    leadDepartmentId: textValue(data, "leadDepartmentId"),
    coDepartmentIds: data.getAll("coDepartmentIds").map(String),
    responsiblePerson: textValue(data, "responsiblePerson"),
    deadline: textValue(data, "deadline"),
    recurrence: textValue(data, "recurrence") as CreateTaskInput["recurrence"],
    criterionIds: data.getAll("criterionIds").map(String),
  };
}

/** New task (office) or an edit of one: every field labelled, its errors beside it. */
export function TaskForm({ options, task }: Props) {
  const t = useT();
  const router = useRouter();
  const save = (input: CreateTaskInput) => (task ? updateTaskAction({ ...input, id: task.id, version: task.version }) : createTaskAction(input));
  const form = useActionForm(save, { toInput: inputOf, onSuccess: (saved) => router.push(`/tasks/${saved.id}`) });
  const label = (name: string) => t(`taskChanges.fields.${name}`);
  const id = (name: string) => `task-form-${name}`;
  const errors = form.errorsOf;
  const names = (list: unknown) => (Array.isArray(list) ? list.map((item) => (item as { name?: string }).name ?? String(item)).join("、") || "—" : "—");
  const conflictFields: ConflictField[] = [
    { name: "title", label: label("title") },
    { name: "action", label: label("actionId"), format: (value) => (value as { name?: string } | null)?.name ?? "—" },
    { name: "leadDepartment", label: label("leadDepartmentId"), format: (value) => (value as { name?: string } | null)?.name ?? "—" },
    { name: "coDepartments", label: label("coDepartmentIds"), format: names },
    { name: "responsiblePerson", label: label("responsiblePerson") },
    { name: "deadline", label: label("deadline") },
    { name: "recurrence", label: label("recurrence"), format: (value) => t(`taskChanges.recurrence.${String(value)}`) },
    { name: "target", label: label("target") },
    { name: "criteria", label: label("criterionIds"), format: names },
    { name: "version", label: t("taskChanges.form.version") },
  ];
  return (
    <form onSubmit={form.onSubmit} className="max-w-4xl space-y-4" noValidate>
      <FormError result={form.result} shownFields={FIELDS} />
      <VersionConflict result={form.result} fields={conflictFields} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={id("action")}
          name="actionId"
          label={label("actionId")}
          required
          defaultValue={task?.actionId ?? ""}
          placeholder={t("taskChanges.form.chooseAction")}
          errors={errors("actionId")}
          options={options.actions.map((action) => ({ value: action.id, label: `${action.name}（${action.planTitle}）` }))}
        />
        <TextField id={id("title")} name="title" label={label("title")} required maxLength={200} defaultValue={task?.title ?? ""} errors={errors("title")} />
      </div>
      <Field id={id("description")} label={label("description")} errors={errors("description")}>
        <textarea
          {...controlA11y(id("description"), errors("description"))}
          name="description"
          rows={3}
          defaultValue={task?.description ?? ""}
          className={controlClass}
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr]">
        <TextField
          id={id("target")}
          name="target"
          label={label("target")}
          defaultValue={task?.target ?? ""}
          hint={t("taskChanges.form.targetHint")}
          errors={errors("target")}
        />
        <TextField
          id={id("targetValue")}
          name="targetValue"
          label={label("targetValue")}
          inputMode="decimal"
          defaultValue={task?.targetValue ?? ""}
          errors={errors("targetValue")}
        />
        <TextField
          id={id("targetUnit")}
          name="targetUnit"
          label={label("targetUnit")}
          maxLength={20}
          defaultValue={task?.targetUnit ?? ""}
          errors={errors("targetUnit")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id={id("lead")}
          name="leadDepartmentId"
          label={label("leadDepartmentId")}
          required
          defaultValue={task?.leadDepartmentId ?? ""}
          placeholder={t("taskChanges.form.chooseDepartment")}
          errors={errors("leadDepartmentId")}
          options={options.departments.map((department) => ({ value: department.id, label: department.name }))}
        />
        <TextField
          id={id("responsible")}
          name="responsiblePerson"
          label={label("responsiblePerson")}
          maxLength={50}
          defaultValue={task?.responsiblePerson ?? ""}
          errors={errors("responsiblePerson")}
        />
      </div>
      <DepartmentCheckboxes
        id={id("co")}
        name="coDepartmentIds"
        label={label("coDepartmentIds")}
        departments={options.departments}
        defaultChecked={task?.coDepartmentIds ?? []}
        errors={errors("coDepartmentIds")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          id={id("deadline")}
          name="deadline"
          type="date"
          label={label("deadline")}
          defaultValue={task?.deadline ?? ""}
          hint={t("taskChanges.form.deadlineHint")}
          errors={errors("deadline")}
        />
        <SelectField
          id={id("recurrence")}
          name="recurrence"
          label={label("recurrence")}
          required
          defaultValue={task?.recurrence ?? "NONE"}
          errors={errors("recurrence")}
          options={RECURRENCES.map((value) => ({ value, label: t(`taskChanges.recurrence.${value}`) }))}
        />
      </div>
      <TaskFormCriteria id={id("criteria")} criteria={options.criteria} defaultChecked={task?.criterionIds ?? []} errors={errors("criterionIds")} />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t(task ? "taskChanges.form.save" : "taskChanges.form.create")}
        </Button>
        <ButtonLink href={task ? `/tasks/${task.id}` : "/tasks"}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
