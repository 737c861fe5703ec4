import type { Metadata } from "next";
import { CityCockpit } from "@/components/dashboard/city-cockpit";
import { actorDisplayName } from "@/components/layout/actor-name";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { Card } from "@/components/ui/card";
import { scopeOf } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { getCityCockpit } from "@/lib/server/dashboard/get-city-cockpit";
import { getDashboardSummary } from "@/lib/server/dashboard/get-dashboard-summary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboard.title") };
}

/** A city's office and inspectors steer from the cockpit; the other roles see their scope's counts. */
export default async function DashboardPage() {
  const actor = await requireActor();
  const isCity = scopeOf(actor, "read:dashboard") === "city";
  const [t, summary, cockpit] = await Promise.all([getT(), getDashboardSummary(actor), isCity ? getCityCockpit(actor) : null]);
  return (
    <>
      <PageHeader
        title={t("dashboard.welcome", { name: actorDisplayName(actor) })}
        description={`${t(`roles.${actor.role}`)} · ${t("dashboard.scope", { scope: summary.scopeLabel || t("dashboard.allScope") })} · ${t("dashboard.today", { date: todayInShanghai() })}`}
      />
      {cockpit ? (
        <CityCockpit data={cockpit} t={t} />
      ) : (
        <section aria-label={t("dashboard.countsLabel")} className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {summary.counts.map((count) => (
            <Card key={count.labelKey}>
              <p className="text-sm text-slate-500">{t(count.labelKey)}</p>
              <p className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">{count.value.toLocaleString("zh-CN")}</p>
            </Card>
          ))}
        </section>
      )}
    </>
  );
}
