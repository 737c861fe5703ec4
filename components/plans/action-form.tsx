"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Button } from "@/components/ui/button";
import { createPlanActionAction, updatePlanActionAction } from "@/lib/actions/plans";
import { useT } from "@/lib/i18n/client";
import type { PlanActionRow } from "@/lib/validation/plans";
import { TextAreaField } from "./text-area-field";

type Props = { annualPlanId: string; action?: PlanActionRow; onDone?: () => void; onCancel?: () => void };

/** Add an action to an annual plan, or edit one at the version it was read (key it by that version). */
export function ActionForm({ annualPlanId, action, onDone, onCancel }: Props) {
  const t = useT();
  const form = useActionForm(
    (input: { name: string; description: string }) =>
      action ? updatePlanActionAction({ ...input, id: action.id, version: action.version }) : createPlanActionAction({ ...input, annualPlanId }),
    { toInput: (data) => ({ name: textValue(data, "name"), description: textValue(data, "description") }), onSuccess: () => onDone?.() },
  );
  const prefix = action ? `action-${action.id}` : `action-new-${annualPlanId}`;
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <VersionConflict
        result={form.result}
        fields={[
          { name: "name", label: t("plans.fields.actionName") },
          { name: "description", label: t("plans.fields.description") },
          { name: "version", label: t("plans.fields.version") },
        ]}
      />
      <FormError result={form.result} shownFields={["name", "description"]} />
      <TextField id={`${prefix}-name`} name="name" label={t("plans.fields.actionName")} required defaultValue={action?.name} errors={form.errorsOf("name")} />
      <TextAreaField
        id={`${prefix}-description`}
        name="description"
        label={t("plans.fields.description")}
        defaultValue={action?.description ?? ""}
        errors={form.errorsOf("description")}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : action ? t("common.save") : t("plans.addAction")}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
