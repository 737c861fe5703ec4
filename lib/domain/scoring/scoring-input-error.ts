/** Invalid scoring input: `field` names the bad value as a path such as `criteria[3].rubric.perFinding`. */
export class ScoringInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(field ? `${field}: ${reason}` : reason);
    this.name = "ScoringInputError";
  }
}

/** The path of `key` inside `base`: ("criteria", 3) → "criteria[3]", ("criteria[3]", "points") → "criteria[3].points". */
export function fieldAt(base: string, key: PropertyKey): string {
  if (typeof key === "number") return `${base}[${key}]`;
  const name = String(key);
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return base ? `${base}.${name}` : name;
  return `${base}[${JSON.stringify(name)}]`;
}

/** ["criteria", 3, "rubric", "perFinding"] → "criteria[3].rubric.perFinding". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => fieldAt(text, key), "");
}
