// FormData to the plain inputs the shared zod schemas expect. An empty text field clears the
// value (""), an empty select of ids means none (null), an empty number is left out.

export function textValue(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function idValue(form: FormData, name: string): string | null {
  const value = textValue(form, name).trim();
  return value === "" ? null : value;
}

export function numberValue(form: FormData, name: string): number | undefined {
  const value = textValue(form, name).trim();
  return value === "" ? undefined : Number(value);
}
