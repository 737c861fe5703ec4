"use client";
import Link from "next/link";
import { useT } from "@/lib/i18n/client";
import { buttonClass } from "./button";

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  /** The current filters, kept on every page link. */
  query?: Record<string, string | undefined>;
};

export function pageHref(basePath: string, query: Record<string, string | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

export function Pagination({ page, pageSize, total, basePath, query = {} }: PaginationProps) {
  const t = useT();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number, label: string, rel: string) =>
    target >= 1 && target <= pageCount ? (
      <Link href={pageHref(basePath, query, target)} rel={rel} className={buttonClass("secondary", "sm")}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav aria-label={t("layout.pagination")} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm text-slate-600">
      <p>{t("layout.pageStatus", { page: Math.min(page, pageCount), pages: pageCount, total })}</p>
      <div className="flex gap-2">
        {link(page - 1, t("layout.previous"), "prev")}
        {link(page + 1, t("layout.next"), "next")}
      </div>
    </nav>
  );
}
