import type { ComponentProps } from "react";
import { controlClass } from "./input";

export type SelectOption = { value: string; label: string };

type SelectProps = ComponentProps<"select"> & { options: SelectOption[]; placeholder?: string };

export function Select({ options, placeholder, className = "", ...props }: SelectProps) {
  return (
    <select className={`${controlClass} ${className}`} {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
