"use client";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

type Props = {
  id: string;
  criteria: Array<{ id: string; code: string; name: string }>;
  defaultChecked: readonly string[];
  errors?: string[];
};

/**
 * 对应测评标准: the city's criteria as checkboxes (code and name), with a quick filter; a
 * filtered-out criterion stays checked (only hidden), so filtering never loses a choice.
 */
export function TaskFormCriteria({ id, criteria, defaultChecked, errors }: Props) {
  const t = useT();
  const [filter, setFilter] = useState("");
  const [checked, setChecked] = useState(() => new Set(defaultChecked));
  const needle = filter.trim().toLowerCase();
  const matches = (criterion: Props["criteria"][number]) =>
    !needle || criterion.code.toLowerCase().includes(needle) || criterion.name.toLowerCase().includes(needle);
  const toggle = (criterionId: string, isOn: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(criterionId);
      else next.delete(criterionId);
      return next;
    });
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{t("taskChanges.fields.criterionIds")}</legend>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder={t("taskChanges.form.criteriaFilter")}
          aria-label={t("taskChanges.form.criteriaFilter")}
          className="max-w-xs"
        />
        <span className="text-xs text-slate-500">{t("taskChanges.form.criteriaChosen", { count: checked.size })}</span>
      </div>
      <div className="max-h-56 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
        {criteria.length === 0 && <p className="text-sm text-slate-500">{t("taskChanges.form.noCriteria")}</p>}
        <ul className="space-y-1">
          {criteria.map((criterion) => (
            <li key={criterion.id} hidden={!matches(criterion)}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="criterionIds"
                  value={criterion.id}
                  checked={checked.has(criterion.id)}
                  onChange={(event) => toggle(criterion.id, event.target.checked)}
                  className="mt-0.5 size-4"
                />
                <span>
                  <span className="font-mono text-xs text-slate-600">{criterion.code}</span> {criterion.name}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
