import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-5xl font-bold text-red-700" aria-hidden="true">
        404
      </p>
      <h1 className="text-xl font-semibold">{t("common.notFoundTitle")}</h1>
      <p className="text-slate-600">{t("common.notFoundBody")}</p>
      <div className="flex gap-2">
        <Link href="/dashboard" className={buttonClass("primary")}>
          {t("nav.dashboard")}
        </Link>
        <Link href="/" className={buttonClass("secondary")}>
          {t("layout.home")}
        </Link>
      </div>
    </main>
  );
}
