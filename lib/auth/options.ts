import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { loadUserActor } from "@/lib/server/auth/load-actor";
import { clientIp } from "./client-ip";

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: EIGHT_HOURS, updateAge: 15 * 60 },
  jwt: { maxAge: EIGHT_HOURS },
  pages: { signIn: "/login", error: "/login" },
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
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    // The actor is reloaded on every request: a deactivated user or a changed role counts at once.
    async session({ session, token }) {
      const actor = token.sub ? await loadUserActor(token.sub) : null;
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
};
