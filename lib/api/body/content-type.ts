/** `multipart/form-data; boundary=x` → `multipart/form-data`; "" when the header is absent. */
export function mediaTypeOf(headers: Headers): string {
  return (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** `application/json`, in UTF-8 when a charset is named at all. */
export function isJsonContentType(headers: Headers): boolean {
  if (mediaTypeOf(headers) !== "application/json") return false;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers.get("content-type") ?? "")?.[1];
  return charset === undefined || /^utf-?8$/i.test(charset);
}

export function isMultipartContentType(headers: Headers): boolean {
  return mediaTypeOf(headers) === "multipart/form-data";
}

/** No body at all: nothing to interpret whatever the content type says. */
export function hasNoBody(request: Request): boolean {
  return request.body === null || request.headers.get("content-length") === "0";
}

/** A declared length already beyond `limit`: refused before a byte is read (the length itself is never trusted). */
export function declaresMoreThan(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > limit;
}
