import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

/** A GET form of list filters: works without JavaScript and keeps the filters in the URL. */
export async function FilterBar({ action, children }: { action: string; children: ReactNode }) {
  const t = await getT();
  return (
    <form method="get" action={action} role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {children}
      <div className="flex gap-2">
        <Button type="submit" variant="primary">{t("common.search")}</Button>
        <Link href={action} className={buttonClass("ghost")}>{t("layout.clearFilters")}</Link>
      </div>
    </form>
  );
}
