// The one header policy of the app (issue 7 §5): pure functions of {nonce, isHttps, isDev}, used by
// proxy.ts for pages, next.config.ts for the API and static files, and the launcher for HSTS.

export type HeaderList = [name: string, value: string][];

export type PagePolicyInput = { nonce: string; isHttps: boolean; isDev: boolean };

/** True when the app is served over https (NEXTAUTH_URL is the public address). */
export function isHttpsUrl(url: string | undefined): boolean {
  return url?.trim().toLowerCase().startsWith("https://") ?? false;
}

/** A fresh, unguessable nonce for one page response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page CSP. Next puts the nonce on its own scripts; 'strict-dynamic' lets those load the
 * chunks they need. Style elements need the nonce too; only style attributes are inline (the
 * server renders widths such as the progress bars as style="…"), and they cannot run script.
 * React's development build evaluates code and injects unnonced styles, so dev relaxes both.
 */
export function contentSecurityPolicy({ nonce, isHttps, isDev }: PagePolicyInput): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    isDev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The inspector's offline screen registers /inspect-sw.js; say so rather than rely on how each
    // browser lets 'strict-dynamic' in script-src decide about workers.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** JSON, files and exports are never documents to run: nothing loads, nothing frames them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * An evidence file opened in the browser (a photo or a PDF in a new tab): still no script, but
 * Chrome shows a PDF through its own viewer, an embedded object of the app's origin, which a
 * deny-all policy would block. Served by later rules, which Next lets override the API's.
 */
export const EVIDENCE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

/**
 * A bulletin's printable HTML page (通报, opened in a tab to print): its inline <style> and data: photos,
 * nothing else. Set by a later rule like the evidence one (Next lets later rules override the API's).
 */
export const BULLETIN_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Headers every response carries, whatever it is. */
export const COMMON_SECURITY_HEADERS: HeaderList = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "same-origin"],
  // The inspector's phone screens take photos and positions on the app's own origin only.
  ["Permissions-Policy", "camera=(self), geolocation=(self), microphone=(), payment=(), usb=()"],
  // For browsers older than frame-ancestors.
  ["X-Frame-Options", "DENY"],
];

/** HSTS only when the app is really served over https: over http a browser would ignore it at best. */
export function transportSecurityHeaders(isHttps: boolean): HeaderList {
  return isHttps ? [["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] : [];
}

/** Everything a page response carries. */
export function pageSecurityHeaders(input: PagePolicyInput): HeaderList {
  return [["Content-Security-Policy", contentSecurityPolicy(input)], ...COMMON_SECURITY_HEADERS, ...transportSecurityHeaders(input.isHttps)];
}

/**
 * For next.config.ts headers(), which Next evaluates at build time: nothing here may depend on the
 * runtime environment (HSTS is added by the launcher and the proxy instead).
 */
export function buildTimeHeaderRules(): { source: string; headers: { key: string; value: string }[] }[] {
  const toEntries = (list: HeaderList) => list.map(([key, value]) => ({ key, value }));
  return [
    { source: "/:path*", headers: toEntries(COMMON_SECURITY_HEADERS) },
    { source: "/api/:path*", headers: toEntries([["Content-Security-Policy", API_CONTENT_SECURITY_POLICY]]) },
    {
      source: "/api/v1/evidence/:path*",
      headers: toEntries([
        ["Content-Security-Policy", EVIDENCE_CONTENT_SECURITY_POLICY],
        ["X-Frame-Options", "SAMEORIGIN"],
      ]),
    },
    { source: "/api/v1/publications/:id/bulletin", headers: toEntries([["Content-Security-Policy", BULLETIN_CONTENT_SECURITY_POLICY]]) },
    { source: "/api/public/v1/publications/:id/bulletin", headers: toEntries([["Content-Security-Policy", BULLETIN_CONTENT_SECURITY_POLICY]]) },
  ];
}
