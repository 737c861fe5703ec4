import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/** Previous/next links for a paged list (a server component: no client code). */
export function PageLinks({ page, pageSize, total, basePath, t }: { page: number; pageSize: number; total: number; basePath: string; t: Translate }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const href = (target: number) => (target > 1 ? `${basePath}?page=${target}` : basePath);
  return (
    <nav aria-label={t("public.pagination")} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm text-slate-700">
      <p>{t("public.pageStatus", { page: Math.min(page, pages), pages, total })}</p>
      <p className="flex gap-3">
        {page > 1 && (
          <Link href={href(page - 1)} rel="prev" className="text-red-800 underline">
            {t("public.previous")}
          </Link>
        )}
        {page < pages && (
          <Link href={href(page + 1)} rel="next" className="text-red-800 underline">
            {t("public.next")}
          </Link>
        )}
      </p>
    </nav>
  );
}
