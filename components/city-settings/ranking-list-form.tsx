"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { numberValue, textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { DepartmentCheckboxes } from "@/components/indicators/department-checkboxes";
import { Button } from "@/components/ui/button";
import { createRankingListAction, updateRankingListAction } from "@/lib/actions/ranking-lists";
import { useT } from "@/lib/i18n/client";
import { DEPARTMENT_KINDS } from "@/lib/validation/departments";
import { RANKING_LIST_MEMBERS, RANKING_METRICS, type CreateRankingListInput, type RankingListRow } from "@/lib/validation/ranking-lists";

const FIELDS = ["name", "members", "memberKind", "departmentIds", "metric", "redCount", "blackCount", "blackThreshold"];
type Members = (typeof RANKING_LIST_MEMBERS)[number];
type ListFields = Omit<CreateRankingListInput, "cycleId">;

type Props = {
  cycleId: string;
  departments: Array<{ id: string; name: string }>;
  list?: RankingListRow;
  onSaved?: () => void;
  onCancel?: () => void;
};

/**
 * Create a list (no `list`) or edit one at the version it was read. The default list shows its
 * members and metric but does not send them: they stay every department and the composite.
 */
export function RankingListForm({ cycleId, departments, list, onSaved, onCancel }: Props) {
  const t = useT();
  const [members, setMembers] = useState<Members>(list?.members ?? "ALL");
  const isDefault = list?.isDefault === true;
  const toInput = (form: FormData): ListFields => {
    const counts = {
      name: textValue(form, "name"),
      redCount: numberValue(form, "redCount") ?? "",
      blackCount: numberValue(form, "blackCount") ?? "",
      blackThreshold: textValue(form, "blackThreshold"),
    };
    if (isDefault) return counts as ListFields;
    return {
      ...counts,
      members,
      memberKind: members === "BY_KIND" ? (textValue(form, "memberKind") as CreateRankingListInput["memberKind"]) || null : null,
      departmentIds: members === "CHOSEN" ? form.getAll("departmentIds").map(String) : [],
      metric: textValue(form, "metric") as CreateRankingListInput["metric"],
    };
  };
  const form = useActionForm(
    (input: ListFields) => (list ? updateRankingListAction({ ...input, id: list.id, version: list.version }) : createRankingListAction({ ...input, cycleId })),
    { toInput, onSuccess: () => onSaved?.() },
  );
  const label = (name: string) => t(`citySettings.lists.fields.${name}`);
  const prefix = list ? `list-${list.id}` : "list-new";

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict result={form.result} fields={[...FIELDS, "version"].map((name) => ({ name, label: label(name) }))} />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} name="name" label={label("name")} required defaultValue={list?.name} errors={form.errorsOf("name")} />
        <SelectField
          id={`${prefix}-metric`}
          name="metric"
          label={label("metric")}
          options={RANKING_METRICS.map((metric) => ({ value: metric, label: t(`citySettings.lists.metrics.${metric}`) }))}
          defaultValue={list?.metric ?? "COMPOSITE"}
          disabled={isDefault}
          errors={form.errorsOf("metric")}
        />
        <SelectField
          id={`${prefix}-members`}
          name="members"
          label={label("members")}
          options={RANKING_LIST_MEMBERS.map((value) => ({ value, label: t(`citySettings.lists.members.${value}`) }))}
          value={members}
          onChange={(event) => setMembers(event.target.value as Members)}
          disabled={isDefault}
          hint={isDefault ? t("citySettings.lists.defaultHint") : undefined}
          errors={form.errorsOf("members")}
        />
        {members === "BY_KIND" && (
          <SelectField
            id={`${prefix}-memberKind`}
            name="memberKind"
            label={label("memberKind")}
            placeholder={t("citySettings.lists.chooseKind")}
            options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t(`departments.kinds.${kind}`) }))}
            defaultValue={list?.memberKind ?? ""}
            errors={form.errorsOf("memberKind")}
          />
        )}
        <TextField
          id={`${prefix}-redCount`}
          name="redCount"
          label={label("redCount")}
          type="number"
          inputMode="numeric"
          defaultValue={list?.redCount ?? 5}
          errors={form.errorsOf("redCount")}
        />
        <TextField
          id={`${prefix}-blackCount`}
          name="blackCount"
          label={label("blackCount")}
          type="number"
          inputMode="numeric"
          defaultValue={list?.blackCount ?? 3}
          errors={form.errorsOf("blackCount")}
        />
        <TextField
          id={`${prefix}-blackThreshold`}
          name="blackThreshold"
          label={label("blackThreshold")}
          inputMode="decimal"
          defaultValue={list?.blackThreshold ?? "85.00"}
          errors={form.errorsOf("blackThreshold")}
        />
      </div>
      {members === "CHOSEN" && (
        <DepartmentCheckboxes
          id={`${prefix}-departmentIds`}
          name="departmentIds"
          label={label("departmentIds")}
          departments={departments}
          defaultChecked={list?.departments.map((department) => department.id) ?? []}
          errors={form.errorsOf("departmentIds")}
        />
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : list ? t("common.save") : t("citySettings.lists.create")}
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
