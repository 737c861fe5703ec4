import type { ComponentProps } from "react";
import { controlA11y, Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";

type SelectFieldProps = Omit<ComponentProps<"select">, "id"> & {
  id: string;
  name: string;
  label: string;
  options: SelectOption[];
  placeholder?: string;
  errors?: string[];
  hint?: string;
};

export function SelectField({ id, label, errors, hint, required, ...selectProps }: SelectFieldProps) {
  return (
    <Field id={id} label={label} errors={errors} hint={hint} required={required}>
      <Select {...controlA11y(id, errors, hint)} required={required} {...selectProps} />
    </Field>
  );
}
