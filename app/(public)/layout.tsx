import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageLinks } from "@/components/public/language-links";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("public.skipToContent")}
      </a>
      <header className="bg-red-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-wide">
            {t("app.fullName")}
          </Link>
          <nav aria-label={t("public.siteNav")} className="flex flex-wrap items-center gap-3 text-sm">
            <Link href="/report" className="rounded-md bg-white px-3 py-1.5 font-semibold text-red-900 hover:bg-red-50">
              {t("public.reportLink")}
            </Link>
            <LanguageLinks locale={locale} t={t} />
            <Link href="/login" className="underline underline-offset-2">
              {t("public.login")}
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-600">{t("public.footer")}</footer>
    </div>
  );
}
