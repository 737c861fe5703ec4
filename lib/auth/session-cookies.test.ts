import { describe, expect, it } from "vitest";
import { sessionCookieName, sessionCookies } from "./session-cookies";

describe("session cookies", () => {
  it("over https are __Host- prefixed, Secure, HttpOnly, SameSite=Lax, path / and without a domain", () => {
    const cookies = sessionCookies(true);
    expect(Object.values(cookies).map((c) => c.name)).toEqual([
      "__Host-next-auth.session-token",
      "__Host-next-auth.callback-url",
      "__Host-next-auth.csrf-token",
    ]);
    for (const { options } of Object.values(cookies)) {
      expect(options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
      expect(options).not.toHaveProperty("domain");
    }
    expect(sessionCookieName(true)).toBe("__Host-next-auth.session-token");
  });

  it("over http keep next-auth's plain names (a browser refuses Secure cookies there)", () => {
    const cookies = sessionCookies(false);
    expect(Object.values(cookies).map((c) => c.name)).toEqual(["next-auth.session-token", "next-auth.callback-url", "next-auth.csrf-token"]);
    for (const { options } of Object.values(cookies)) expect(options).toMatchObject({ httpOnly: true, secure: false, path: "/" });
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});
