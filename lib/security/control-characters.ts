// C0 controls (NUL, ESC, CR, LF, TAB …), DEL and the C1 range: no page address ever needs them.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

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
