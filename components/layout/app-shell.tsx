import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { getT } from "@/lib/i18n/server";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { actorDisplayName } from "./actor-name";
import { LanguageSwitch } from "./language-switch";
import { navItemsFor } from "./nav-items";
import { SideNav } from "./side-nav";
import { SignOutButton } from "./sign-out-button";

export async function AppShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const t = await getT();
  const unread = await countUnreadNotifications(actor).catch(() => 0);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 bg-red-800 px-4 py-2.5 text-white">
        <Link href="/dashboard" className="text-lg font-semibold tracking-wide">
          {t("app.name")}
          <span className="ml-2 hidden text-sm font-normal text-red-100 sm:inline">{t("layout.consoleSubtitle")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{actorDisplayName(actor)}</span>
            <span className="ml-1.5 rounded bg-red-900/60 px-1.5 py-0.5 text-xs">{t(`roles.${actor.role}`)}</span>
          </span>
          <Link href="/account/password" className="text-red-100 underline-offset-2 hover:underline">
            {t("nav.account")}
          </Link>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <SideNav items={navItemsFor(actor)} badges={{ "/notifications": unread }} />
        <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
