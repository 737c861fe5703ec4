"use client";
import { useT } from "@/lib/i18n/client";

type Props = {
  id: string;
  name: string;
  label: string;
  departments: Array<{ id: string; name: string }>;
  defaultChecked: readonly string[];
  errors?: string[];
};

/** Several departments at once (co-departments): a scrollable list of checkboxes with its errors beside it. */
export function DepartmentCheckboxes({ id, name, label, departments, defaultChecked, errors }: Props) {
  const t = useT();
  const checked = new Set(defaultChecked);
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{label}</legend>
      <div className="max-h-40 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
        {departments.length === 0 && <p className="text-sm text-slate-500">{t("common.none")}</p>}
        <ul className="grid gap-x-3 gap-y-1 sm:grid-cols-2">
          {departments.map((department) => (
            <li key={department.id}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name={name} value={department.id} defaultChecked={checked.has(department.id)} className="size-4" />
                {department.name}
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
