"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { isActiveHref, type NavItem } from "./nav-items";

/** `badges` maps a nav href to a count shown beside it (the unread notifications beside 通知). */
export function SideNav({ items, badges = {} }: { items: NavItem[]; badges?: Record<string, number> }) {
  const t = useT();
  const pathname = usePathname();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="border-b border-slate-200 bg-white md:w-52 md:shrink-0 md:border-r md:border-b-0">
      <button
        type="button"
        className="flex w-full items-center justify-between px-4 py-2 text-sm font-medium text-slate-700 md:hidden"
        aria-expanded={isOpen}
        aria-controls="main-nav"
        onClick={() => setIsOpen((open) => !open)}
      >
        {t("layout.menu")}
        <span aria-hidden="true">{isOpen ? "▲" : "▼"}</span>
      </button>
      <nav id="main-nav" aria-label={t("layout.mainNav")} className={`${isOpen ? "block" : "hidden"} md:block`}>
        <ul className="space-y-0.5 p-2">
          {items.map((item) => {
            const isActive = isActiveHref(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isActive ? "page" : undefined}
                  onClick={() => setIsOpen(false)}
                  className={`block rounded-md px-3 py-2 text-sm ${isActive ? "bg-red-50 font-medium text-red-800" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {t(item.labelKey)}
                  {(badges[item.href] ?? 0) > 0 && (
                    <span
                      className="ml-2 inline-block min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs leading-5 font-medium text-white"
                      aria-label={t("notifications.unreadBadge", { count: badges[item.href] })}
                    >
                      {badges[item.href] > 99 ? "99+" : badges[item.href]}
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
