import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { loadSessionState, type SessionState } from "@/lib/server/auth/load-session-state";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/server/auth/session-lifetime";
import { endSession, sessionClaimsOf, startSession } from "@/lib/server/auth/sessions";
import { clientIp } from "./client-ip";
import { sessionCookies } from "./session-cookies";
import { isHttpsUrl } from "@/lib/security/security-headers";

// next-auth runs the jwt callback and then the session callback on every session read, handing
// the second the token object the first returned: the state loaded for one serves both, so a
// signed-in request costs one query to know who it is.
const loadedStates = new WeakMap<object, Promise<SessionState>>();

function sessionStateOf(token: Record<string, unknown>): Promise<SessionState> {
  let state = loadedStates.get(token);
  if (!state) {
    state = typeof token.sub === "string" ? loadSessionState(token.sub, sessionClaimsOf(token)) : Promise.resolve({ isLive: false, actor: null });
    loadedStates.set(token, state);
  }
  return state;
}

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  // Secure, __Host- prefixed cookies whenever the app is served over https (lib/auth/session-cookies.ts).
  useSecureCookies: isHttpsUrl(env().NEXTAUTH_URL),
  cookies: sessionCookies(isHttpsUrl(env().NEXTAUTH_URL)),
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticateCredentials(String(credentials?.email ?? ""), String(credentials?.password ?? ""), clientIp(req?.headers ?? {}));
        if (!result.ok) throw new Error(result.reason === "THROTTLED" ? "THROTTLED" : "INVALID");
        return result.user;
      },
    }),
  ],
  callbacks: {
    // At sign-in: the session's own id and the user's session version (lib/server/auth/sessions.ts).
    // On every later read: a session that has ended loses its claims, so the cookie next-auth
    // renews can never sign anyone in again.
    async jwt({ token, user }) {
      if (user) {
        const claims = await startSession(user.id);
        return { ...token, sub: user.id, sid: claims.sid, sv: claims.sessionVersion };
      }
      if ((await sessionStateOf(token)).isLive) return token;
      return {};
    },
    // The actor is reloaded on every request: a deactivated user or a changed role counts at once.
    async session({ session, token }) {
      const { actor } = await sessionStateOf(token);
      if (!actor) return { expires: session.expires } as typeof session;
      session.user = {
        ...session.user,
        id: actor.id,
        role: actor.role,
        provinceId: actor.provinceId,
        cityId: actor.cityId,
        departmentId: actor.departmentId,
        mustChangePassword: actor.mustChangePassword,
      };
      return session;
    },
  },
  events: {
    // Sign-out ends this session for good; the user's other sessions go on.
    async signOut({ token }) {
      const claims = token ? sessionClaimsOf(token) : null;
      if (claims && token.sub) await endSession(claims.sid, token.sub);
    },
  },
};
