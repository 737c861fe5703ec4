import { hasControlCharacters } from "@/lib/validation/primitives";

// No page address ever needs a control character (C0, DEL, C1): the same test as every input.

/**
 * Whether a page address carries a control character once decoded, in a query name or value or
 * in the path, where it would otherwise travel into a page's query and end as a database error.
 */
export function urlHasControlCharacters(url: URL): boolean {
  for (const [name, value] of url.searchParams) if (hasControlCharacters(name) || hasControlCharacters(value)) return true;
  try {
    return hasControlCharacters(decodeURIComponent(url.pathname));
  } catch {
    // A malformed escape is Next's to refuse; it is not a control character.
    return false;
  }
}
