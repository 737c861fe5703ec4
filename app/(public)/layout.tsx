import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-red-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-wide">
            {t("app.fullName")}
          </Link>
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <Link href="/login" className={buttonClass("secondary", "sm")}>
              {t("public.login")}
            </Link>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</main>
      <footer className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">{t("public.footer")}</footer>
    </div>
  );
}
