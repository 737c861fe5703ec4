import type { ComponentProps } from "react";
import { controlA11y, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type TextFieldProps = Omit<ComponentProps<"input">, "id"> & { id: string; name: string; label: string; errors?: string[]; hint?: string };

export function TextField({ id, label, errors, hint, required, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <Input {...controlA11y(id, errors, hint)} required={required} {...inputProps} />
    </Field>
  );
}
