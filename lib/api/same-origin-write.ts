import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const crossOrigin = () => new AppError("CROSS_ORIGIN", "该请求来自其他网站，已拒绝。请在本系统的页面中操作。", 403);

export function isBearerRequest(headers: Headers): boolean {
  return headers.get("authorization")?.toLowerCase().startsWith("bearer ") ?? false;
}

/**
 * A write carried by the session cookie must come from the app's own pages: a page on another
 * site (or a sibling subdomain) that posts with the user's cookie is refused. The browser says
 * where a request comes from in `Sec-Fetch-Site` and `Origin`, which pages cannot forge; a
 * request with neither is not from a browser and carries no ambient cookie risk. Token requests
 * are exempt: a token is never sent by a browser on its own.
 */
export function assertSameOriginWrite(request: Request & { nextUrl?: URL }): void {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || isBearerRequest(request.headers)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") throw crossOrigin();
  const origin = request.headers.get("origin");
  if (origin !== null && !ownOrigins(request).includes(normalizedOrigin(origin) ?? "")) throw crossOrigin();
}

// The app sits behind a custom server (and perhaps a proxy), where the URL's host may be
// 0.0.0.0: its own origin is the Host the browser addressed, with NEXTAUTH_URL's scheme, or
// NEXTAUTH_URL's origin itself.
function ownOrigins(request: Request & { nextUrl?: URL }): string[] {
  const requestUrl = request.nextUrl ?? new URL(request.url);
  const configured = normalizedOrigin(env().NEXTAUTH_URL ?? "");
  const host = request.headers.get("host") ?? requestUrl.host;
  const scheme = configured ? new URL(configured).protocol : requestUrl.protocol;
  return [normalizedOrigin(`${scheme}//${host}`), configured].filter((origin): origin is string => origin !== undefined);
}

function normalizedOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.origin === "null" ? undefined : url.origin;
  } catch {
    return undefined;
  }
}
