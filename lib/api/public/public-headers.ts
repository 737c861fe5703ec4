import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS } from "@/lib/security/security-headers";

/** What a published document may be cached for by browsers and shared caches. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
/** Errors, refusals and anything personal (a report's status) are never stored. */
export const NO_STORE = "no-store";

// Open data is read from any site's script, without credentials: `*` is the whole policy, so
// nothing here depends on the Origin and no cookie is ever honoured cross-origin. Writes are not
// opened: the report form posts from the app's own pages.
const CORS_READ_HEADERS: [string, string][] = [
  ["Access-Control-Allow-Origin", "*"],
  ["Access-Control-Expose-Headers", "ETag, Retry-After, Content-Disposition"],
];

/** The answer to a browser's preflight for a read (a script sending If-None-Match needs one). */
export function corsPreflight(): Response {
  const response = new Response(null, {
    status: 204,
    headers: [
      ...CORS_READ_HEADERS,
      ["Access-Control-Allow-Methods", "GET, HEAD, OPTIONS"],
      ["Access-Control-Allow-Headers", "If-None-Match"],
      ["Access-Control-Max-Age", "86400"],
      ["Cache-Control", PUBLIC_CACHE_CONTROL],
    ],
  });
  return withSecurityHeaders(response);
}

export function isReadMethod(method: string): boolean {
  return method === "GET" || method === "HEAD";
}

export function withCorsReadHeaders(response: Response): Response {
  for (const [name, value] of CORS_READ_HEADERS) response.headers.set(name, value);
  return response;
}

/** The headers every response carries (next.config.ts sets them too, but a handler may run without it). */
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of COMMON_SECURITY_HEADERS) response.headers.set(name, value);
  // A bulletin's printable page brings its own policy; everything else is data, never a document.
  if (!response.headers.has("content-security-policy")) response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  return response;
}
