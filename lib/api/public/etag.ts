import crypto from "node:crypto";

/** A strong validator of exactly these bytes. */
export function strongEtag(bytes: Uint8Array): string {
  return `"${crypto.createHash("sha256").update(bytes).digest("base64url")}"`;
}

/**
 * Whether `If-None-Match` names this representation. RFC 9110 compares weakly here: `W/"x"`
 * matches `"x"`, and `*` matches any current representation.
 */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
