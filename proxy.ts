import { withAuth } from "next-auth/middleware";
import { env } from "@/lib/env";

// Redirects signed-out visitors of console pages to /login. A convenience only: every server
// action and route handler authenticates and authorizes again (lib/api, lib/actions).
export default withAuth({ pages: { signIn: "/login" }, secret: env().NEXTAUTH_SECRET });

export const config = {
  // Everything except the public pages (/, /cities/…), sign-in, the API and static assets.
  matcher: ["/((?!api/|_next/|login|cities/|cities$|favicon|icons/|robots).+)"],
};
