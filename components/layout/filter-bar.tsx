import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

type Props = {
  action: string;
  /** The filters now in the URL: the form is remounted when they change, so its uncontrolled
   * inputs never keep a stale value (e.g. after 清除筛选, a client-side navigation). */
  values: Record<string, unknown>;
  children: ReactNode;
};

/** A GET form of list filters: works without JavaScript and keeps the filters in the URL. */
export async function FilterBar({ action, values, children }: Props) {
  const t = await getT();
  return (
    <form
      key={JSON.stringify(values)}
      method="get"
      action={action}
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {children}
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {t("common.search")}
        </Button>
        <Link href={action} className={buttonClass("ghost")}>
          {t("layout.clearFilters")}
        </Link>
      </div>
    </form>
  );
}
