import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";

/** The catalog for client components that translate (useT): placed by the layouts that have them, never the public pages'. */
export async function ClientMessages({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={messagesFor(locale)}>
      {children}
    </I18nProvider>
  );
}
