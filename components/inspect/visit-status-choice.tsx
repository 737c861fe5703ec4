"use client";
import { useT } from "@/lib/i18n/client";
import { VISIT_STATUSES, type VisitStatus } from "@/lib/validation/checks";

type Props = { name: string; value: VisitStatus; onChange: (status: VisitStatus) => void };

/** 已检查 / 拒访 / 无法调查 as three thumb-sized choices. */
export function VisitStatusChoice({ name, value, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-700">{t("inspect.visit.label")}</legend>
      <div className="grid grid-cols-3 gap-2">
        {VISIT_STATUSES.map((status) => (
          <label
            key={status}
            className={`flex min-h-12 items-center justify-center rounded-lg border px-2 text-center text-sm ${value === status ? "border-red-700 bg-red-50 font-medium" : "border-slate-300 bg-white"}`}
          >
            <input type="radio" name={name} value={status} checked={value === status} onChange={() => onChange(status)} className="sr-only" />
            {t(`inspect.visit.${status}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
