import Link from "next/link";
import { getT } from "@/lib/i18n/server";

const TABS = [
  { key: "list", href: "/sites" },
  { key: "streets", href: "/sites/streets" },
  { key: "import", href: "/sites/import", manageOnly: true },
] as const;

/** The tabs of the sites area: the list, the per-street view and (for the office) the import. */
export async function SitesNav({ current, canManage }: { current: (typeof TABS)[number]["key"]; canManage: boolean }) {
  const t = await getT();
  return (
    <nav aria-label={t("sites.title")} className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 text-sm">
      {TABS.filter((tab) => canManage || !("manageOnly" in tab)).map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={`whitespace-nowrap border-b-2 px-3 py-2 ${tab.key === current ? "border-red-800 font-medium text-red-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t(`sites.tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
