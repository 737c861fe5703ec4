import type { Metadata } from "next";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("app.fullName"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* The client catalog is handed over by the layouts whose client components translate (console,
            sign-in, inspector, report form): the public pages ship no catalog and no client component. */}
        {children}
      </body>
    </html>
  );
}
