import { setLocaleAction } from "@/lib/actions/locale";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** The language choice as plain forms (a server action each): the public pages ship no client component of their own. */
export function LanguageLinks({ locale, t }: { locale: Locale; t: Translate }) {
  const options = [
    { value: "zh-CN", label: t("common.switchToChinese") },
    { value: "en", label: t("common.switchToEnglish") },
  ] as const;
  return (
    <div role="group" aria-label={t("common.language")} className="inline-flex overflow-hidden rounded-md border border-white/60 text-xs">
      {options.map((option) => (
        <form key={option.value} action={setLocaleAction.bind(null, option.value)}>
          <button
            type="submit"
            lang={option.value}
            aria-pressed={locale === option.value}
            className={`px-2 py-1 ${locale === option.value ? "bg-white text-red-900" : "bg-red-800 text-white hover:bg-red-700"}`}
          >
            {option.label}
          </button>
        </form>
      ))}
    </div>
  );
}
