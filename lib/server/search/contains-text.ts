// Prisma turns `contains` into `ILIKE '%' || value || '%'` without escaping the value
// (prisma/prisma#19506): a search for "%" matched every row and "_" any one character. The
// backslash is PostgreSQL's default LIKE escape, so it is escaped too.

/** The text with the LIKE wildcards `%`, `_` and the escape `\` taken literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A case-insensitive "contains this text" filter for a search box: every character is literal. */
export function containsText(text: string) {
  return { contains: escapeLikePattern(text), mode: "insensitive" as const };
}
