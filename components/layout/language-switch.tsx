"use client";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { useLocale, useT } from "@/lib/i18n/client";

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const [isPending, startTransition] = useTransition();
  const options = [
    { value: "zh-CN", label: t("common.switchToChinese"), lang: "zh-CN" },
    { value: "en", label: t("common.switchToEnglish"), lang: "en" },
  ];
  return (
    <div role="group" aria-label={t("common.language")} className="inline-flex overflow-hidden rounded-md border border-slate-300 text-xs">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          aria-pressed={locale === option.value}
          disabled={isPending}
          onClick={() => startTransition(() => setLocaleAction(option.value))}
          className={`px-2 py-1 ${locale === option.value ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
