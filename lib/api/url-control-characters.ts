import { invalidInput, notFound, type FieldErrors } from "@/lib/errors";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from "@/lib/validation/primitives";

/** A query parameter with a control character (a NUL would reach a query as a 500) is a 422 naming it. */
export function assertCleanQuery(searchParams: URLSearchParams): void {
  const fieldErrors: FieldErrors = {};
  for (const [name, value] of searchParams) {
    if (hasControlCharacters(name) || hasControlCharacters(value)) fieldErrors[name] = [CONTROL_CHARACTER_MESSAGE];
  }
  if (Object.keys(fieldErrors).length) throw invalidInput(fieldErrors);
}

/** A path segment with a control character names no record: 404 like any other unknown id. */
export function assertCleanPathParams(params: unknown): void {
  if (!params || typeof params !== "object") return;
  const values = Object.values(params).flat();
  if (values.some((value) => typeof value === "string" && hasControlCharacters(value))) throw notFound();
}
