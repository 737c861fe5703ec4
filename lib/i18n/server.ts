import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { createTranslator, messagesFor, type Translate } from "./translate";

export async function getLocale(): Promise<Locale> {
  return resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getT(): Promise<Translate> {
  return createTranslator(messagesFor(await getLocale()));
}
