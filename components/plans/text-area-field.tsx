import type { ComponentProps } from "react";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";

type Props = Omit<ComponentProps<"textarea">, "id"> & { id: string; name: string; label: string; errors?: string[]; hint?: string };

export function TextAreaField({ id, label, errors, hint, required, ...props }: Props) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <textarea {...controlA11y(id, errors, hint)} required={required} rows={3} className={controlClass} {...props} />
    </Field>
  );
}
