import type { ReactNode } from "react";

export type ControlA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** The accessibility wiring of a control: its id, and its error text when invalid. */
export function controlA11y(id: string, errors?: string[], hint?: string): ControlA11y {
  const describedBy = [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ");
  return { id, ...(errors?.length ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
}

type FieldProps = { id: string; label: string; errors?: string[]; hint?: string; required?: boolean; children: ReactNode };

/** A label, the control, an optional hint and the field's errors right beside it. */
export function Field({ id, label, errors, hint, required, children }: FieldProps) {
  return (
    <div className="space-y-1">
      {/* The marker sits outside the label so the field's accessible name is the label alone. */}
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {required && (
          <span aria-hidden="true" className="text-red-600">
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </div>
  );
}
