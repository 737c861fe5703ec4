/** A signed-in HTTP client: the cookie header next-auth set, sent with every request. */
export type Session = { cookie: string };

function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in through next-auth's own flow (csrf → credentials callback), as a script would. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), origin: baseUrl },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  mergeCookies(jar, callback);
  const session = { cookie: cookieHeader(jar) };
  const me = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: session.cookie } });
  const user = ((await me.json()) as { user?: { email?: string } }).user;
  if (user?.email !== email) throw new Error(`bench sign-in as ${email} failed (callback ${callback.status})`);
  return session;
}
