import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";

// The fields of a FilterBar (a GET form): each reads its current value from the URL's query.

type Common = { id: string; name: string; label: string; /** a Tailwind width from `sm:` up, e.g. "sm:w-56" */ width?: string };

export function SearchFilter({
  id,
  name,
  label,
  value,
  placeholder,
  type = "search",
  width = "sm:w-56",
}: Common & { value?: string; placeholder?: string; type?: "search" | "text" }) {
  return (
    <div className={`w-full ${width}`}>
      <Field id={id} label={label}>
        <Input id={id} name={name} type={type} defaultValue={value} placeholder={placeholder} />
      </Field>
    </div>
  );
}

/** A choice; the empty one (`placeholder`, e.g. 全部) means no filter. */
export function SelectFilter({
  id,
  name,
  label,
  value,
  options,
  placeholder,
  width = "sm:w-44",
}: Common & { value?: string; options: SelectOption[]; placeholder: string }) {
  return (
    <div className={`w-full ${width}`}>
      <Field id={id} label={label}>
        <Select id={id} name={name} defaultValue={value ?? ""} placeholder={placeholder} options={options} />
      </Field>
    </div>
  );
}

/** An on/off filter sent as `name=1`. */
export function CheckboxFilter({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4" />
      {label}
    </label>
  );
}
