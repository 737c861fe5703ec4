/** Only same-site paths: an absolute or protocol-relative URL could send the user elsewhere. */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/dashboard"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (candidate === "/login" || candidate.startsWith("/login?") || candidate.startsWith("/api/")) return fallback;
  return candidate;
}
