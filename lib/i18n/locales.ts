export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "locale";

/** Chinese unless the user chose English; Accept-Language is deliberately ignored. */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return cookieValue === "en" ? "en" : DEFAULT_LOCALE;
}
