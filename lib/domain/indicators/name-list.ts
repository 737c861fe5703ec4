/** Separators offices use between names in one cell: 、 , ， (and ; ； and line breaks, which Excel users also type). */
export const NAME_SEPARATORS = /[、,，;；\n\r]+/;

/** "市城管局、市住建局" or a list → ["市城管局", "市住建局"], trimmed, without blanks or repeats. */
export function splitNames(value: string | readonly string[]): string[] {
  const parts = typeof value === "string" ? value.split(NAME_SEPARATORS) : value;
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

export function joinNames(names: readonly string[]): string {
  return names.join("、");
}

export function hasNameSeparator(text: string): boolean {
  return NAME_SEPARATORS.test(text);
}
