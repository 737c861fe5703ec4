"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { useT } from "@/lib/i18n/client";
import type { NotificationRow } from "@/lib/validation/notifications";

export type ShownNotification = NotificationRow & { time: string };

/** The notifications, unread ones marked; opening one marks it read and goes to its task. */
export function NotificationList({ items }: { items: ShownNotification[] }) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function open(item: ShownNotification) {
    startTransition(async () => {
      if (!item.readAt) await markNotificationsReadAction({ ids: [item.id] });
      if (item.link) router.push(item.link);
    });
  }

  if (items.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-6 text-sm text-slate-500">{t("notifications.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" aria-busy={isPending}>
      {items.map((item) => {
        const isUnread = !item.readAt;
        return (
          <li key={item.id} className={`flex flex-wrap items-start gap-3 p-3 ${isUnread ? "bg-red-50/60" : ""}`}>
            <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${isUnread ? "bg-red-600" : "bg-transparent"}`} />
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`notifications.kind.${item.kind}`)}</span>
                <span className={isUnread ? "font-semibold text-slate-900" : "text-slate-800"}>{item.title}</span>
                {isUnread && <span className="sr-only">{t("notifications.unread")}</span>}
              </p>
              {item.body && <p className="mt-1 text-sm text-slate-600">{item.body}</p>}
              <p className="mt-1 text-xs text-slate-500">
                <time dateTime={item.createdAt}>{item.time}</time>
              </p>
            </div>
            <div className="flex gap-3 text-sm">
              {item.link && (
                <Link
                  href={item.link}
                  onClick={(event) => {
                    event.preventDefault();
                    open(item);
                  }}
                  className="text-red-700 underline-offset-2 hover:underline"
                >
                  {t("notifications.open")}
                </Link>
              )}
              {isUnread && !item.link && (
                <button type="button" onClick={() => open(item)} className="text-slate-600 underline-offset-2 hover:underline">
                  {t("notifications.markRead")}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
