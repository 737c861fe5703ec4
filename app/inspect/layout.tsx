import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireActor } from "@/components/layout/require-actor";
import { InspectSignOut } from "@/components/inspect/inspect-sign-out";
import { RegisterInspectWorker } from "@/components/inspect/register-inspect-worker";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("inspect.title") };
}

// The inspector's phone screens: a layout of their own (no console side menu), one column at 360 px.
export default async function InspectLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const t = await getT();
  return (
    <ClientMessages>
      <div className="min-h-screen bg-slate-100">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-xl items-center gap-2 px-3 py-2">
            <span className="min-w-0 flex-1 truncate text-base font-semibold text-red-800">{t("inspect.title")}</span>
            <span className="hidden truncate text-sm text-slate-600 min-[400px]:inline">{actor.label}</span>
            <Link href="/dashboard" prefetch={false} className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
              {t("inspect.toConsole")}
            </Link>
            <InspectSignOut userId={actor.id} />
          </div>
        </header>
        <main className="mx-auto max-w-xl px-3 py-4">{children}</main>
        <RegisterInspectWorker userId={actor.id} isEnabled={env().NODE_ENV === "production"} />
      </div>
    </ClientMessages>
  );
}
