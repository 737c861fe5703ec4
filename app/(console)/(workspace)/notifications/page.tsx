import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/components/layout/require-actor";
import { PAGE_SIZE, pageParam, param, type SearchParams } from "@/components/layout/search-params";
import { Pagination } from "@/components/ui/pagination";
import { formatInstant } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("notifications.title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const t = await getT();
  const sp = await searchParams;
  const query = { unread: param(sp, "unread") === "1" ? "1" : undefined };
  const page = pageParam(sp);
  const [{ items, total }, unread] = await Promise.all([
    listNotifications(actor, { unread: query.unread === "1", page, pageSize: PAGE_SIZE }),
    countUnreadNotifications(actor),
  ]);
  const tab = (isActive: boolean) => `rounded-md px-3 py-1.5 text-sm ${isActive ? "bg-red-50 font-medium text-red-800" : "text-slate-700 hover:bg-slate-100"}`;
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={t("notifications.description", { count: unread })}
        actions={<MarkAllReadButton disabled={unread === 0} />}
      />
      <nav aria-label={t("notifications.filter")} className="mb-3 flex gap-2">
        <Link href="/notifications" className={tab(!query.unread)} aria-current={!query.unread ? "page" : undefined}>
          {t("notifications.all")}
        </Link>
        <Link href="/notifications?unread=1" className={tab(query.unread === "1")} aria-current={query.unread ? "page" : undefined}>
          {t("notifications.unreadOnly")}
        </Link>
      </nav>
      <NotificationList items={items.map((item) => ({ ...item, time: formatInstant(new Date(item.createdAt)) }))} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/notifications" query={query} />
    </>
  );
}
