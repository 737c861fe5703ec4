"use server";
import { cookies } from "next/headers";
import { refresh } from "next/cache";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** The language choice needs no sign-in: the public pages and /login offer it too. */
export async function setLocaleAction(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, resolveLocale(locale), { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  refresh();
}
