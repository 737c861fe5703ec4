/** The page of one department's figures in a publication (names may hold any character: encoded). */
export function departmentHref(publicationId: string, department: string, part?: "inspection" | "rectification" | "ledger"): string {
  return `/publications/${encodeURIComponent(publicationId)}/departments/${encodeURIComponent(department)}${part ? `#${part}` : ""}`;
}
