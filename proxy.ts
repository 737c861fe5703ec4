import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { sessionCookieName } from "@/lib/auth/session-cookies";
import { env } from "@/lib/env";
import { urlHasControlCharacters } from "@/lib/security/control-characters";
import { COMMON_SECURITY_HEADERS, createNonce, isHttpsUrl, pageSecurityHeaders, type HeaderList } from "@/lib/security/security-headers";

// Every page request passes here (never /api/: Next would buffer and cut its body at 10 MB).
// Each page gets a fresh nonce in its CSP; Next reads the CSP from the request headers and puts
// the nonce on its own scripts, so every page must render per request (the root layout reads a
// cookie, which makes them all dynamic).

// Public pages: everything else is the console, whose signed-out visitors go to /login. A
// convenience only: every server action and route handler authenticates and authorizes again.
const PUBLIC_PATH = /^\/(login|cities\/|cities$|report\/|report$|$)/;

function isConsolePath(pathname: string): boolean {
  return !PUBLIC_PATH.test(pathname);
}

function withHeaders<T extends NextResponse>(response: T, headers: HeaderList): T {
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

function badAddress(): NextResponse {
  const response = new NextResponse("请求地址含有不允许的控制字符，请检查链接后重试。", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" },
  });
  return withHeaders(response, COMMON_SECURITY_HEADERS);
}

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<NextResponse> {
  if (urlHasControlCharacters(request.nextUrl)) return badAddress();

  const { NEXTAUTH_SECRET, NEXTAUTH_URL, NODE_ENV } = env();
  const isHttps = isHttpsUrl(NEXTAUTH_URL);
  const headers = pageSecurityHeaders({ nonce: createNonce(), isHttps, isDev: NODE_ENV === "development" });

  if (isConsolePath(request.nextUrl.pathname)) {
    const requireSignIn = withAuth({ pages: { signIn: "/login" }, secret: NEXTAUTH_SECRET, cookies: { sessionToken: { name: sessionCookieName(isHttps) } } });
    const redirect = await requireSignIn(request as NextRequestWithAuth, event);
    if (redirect instanceof NextResponse) return withHeaders(redirect, headers);
  }

  const requestHeaders = new Headers(request.headers);
  const csp = headers.find(([name]) => name === "Content-Security-Policy")![1];
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Every page, including / and the not-found page; not the API, Next's own files or icons.
  matcher: ["/((?!api/|_next/|favicon|icons/|robots).*)"],
};
