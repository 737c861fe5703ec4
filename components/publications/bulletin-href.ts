/** The stored bulletin of a publication: the official .docx, the public variant, or either as the printable page. */
export function bulletinHref(publicationId: string, { isPublic = false, isHtml = false }: { isPublic?: boolean; isHtml?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (isPublic) query.set("variant", "public");
  if (isHtml) query.set("format", "html");
  const search = query.toString();
  return `/api/v1/publications/${encodeURIComponent(publicationId)}/bulletin${search ? `?${search}` : ""}`;
}

/** The 提醒函 the publication issued to a department entering a black list. */
export function letterHref(publicationId: string, department: string): string {
  return `/api/v1/publications/${encodeURIComponent(publicationId)}/letters/${encodeURIComponent(department)}`;
}
