import type { CookieOption, CookiesOptions } from "next-auth";

// Served over https, every cookie next-auth sets for this app is Secure and __Host- prefixed: the
// browser then refuses it over http, with a Domain, or with a path other than "/", so a sibling
// subdomain or a network attacker cannot plant or overwrite a session. Over plain http (the first
// start on localhost) the names stay next-auth's own, which scripts and the docs already use.
const BASE_NAMES = { sessionToken: "next-auth.session-token", callbackUrl: "next-auth.callback-url", csrfToken: "next-auth.csrf-token" } as const;

type SessionCookies = Pick<CookiesOptions, keyof typeof BASE_NAMES>;

function cookie(baseName: string, isHttps: boolean): CookieOption {
  // No domain: a __Host- cookie must not carry one, and a host-only cookie is the narrowest anyway.
  return { name: isHttps ? `__Host-${baseName}` : baseName, options: { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps } };
}

export function sessionCookies(isHttps: boolean): SessionCookies {
  return {
    sessionToken: cookie(BASE_NAMES.sessionToken, isHttps),
    callbackUrl: cookie(BASE_NAMES.callbackUrl, isHttps),
    csrfToken: cookie(BASE_NAMES.csrfToken, isHttps),
  };
}

/** The session cookie's name, for the proxy's sign-in check, which must read the same cookie. */
export function sessionCookieName(isHttps: boolean): string {
  return sessionCookies(isHttps).sessionToken.name;
}
