"use client";
import { useEffect, useMemo } from "react";
import { useT } from "@/lib/i18n/client";
import { checklistUrl, fetchRound } from "@/lib/inspect/inspect-api";
import type { RoundSite } from "@/lib/inspect/api-types";
import { isSiteDone, mySites } from "@/lib/inspect/my-sites";
import { checklistReadAhead } from "@/lib/inspect/read-ahead";
import { Button } from "@/components/ui/button";
import { RemoteState } from "./remote-state";
import type { QueueView } from "./use-check-queue";
import { useRemote } from "./use-remote";

type Props = { userId: string; roundId: string; queue: QueueView; onBack: () => void; onOpen: (siteId: string) => void };

/** Has each site's checklist read once while online (it goes on after a site is opened), so the service worker has it for a dead zone. */
function useReadAheadChecklists(roundId: string, sites: RoundSite[] | undefined, isOnline: boolean) {
  useEffect(() => {
    if (!sites || !isOnline) return;
    void checklistReadAhead.request(sites.filter((entry) => entry.progress.expected > 0).map((entry) => checklistUrl(roundId, entry.site.id)));
  }, [roundId, sites, isOnline]);
}

export function SiteList({ userId, roundId, queue, onBack, onOpen }: Props) {
  const t = useT();
  const remote = useRemote(() => fetchRound(roundId), [roundId], queue.savedCount);
  const sites = useMemo(() => (remote.data ? mySites(remote.data, userId) : undefined), [remote.data, userId]);
  useReadAheadChecklists(roundId, sites, queue.isOnline);
  const queuedAt = (siteId: string) => queue.items.filter((item) => item.roundId === roundId && item.siteId === siteId).length;
  const todo = sites?.filter((entry) => !isSiteDone(entry)) ?? [];
  const done = sites?.filter(isSiteDone) ?? [];

  const renderSite = (entry: RoundSite) => {
    const queued = queuedAt(entry.site.id);
    return (
      <li key={entry.site.id}>
        <button
          type="button"
          onClick={() => onOpen(entry.site.id)}
          className="block min-h-16 w-full rounded-lg border border-slate-200 bg-white p-4 text-left shadow-xs active:bg-slate-50"
        >
          <span className="block text-base font-medium break-words">{entry.site.name}</span>
          <span className="mt-1 block text-sm break-words text-slate-600">
            {entry.site.code} · {entry.site.siteType.name}
            {entry.site.street ? ` · ${entry.site.street}` : ""}
          </span>
          <span className="mt-1 flex flex-wrap gap-x-3 text-sm">
            <span className="text-slate-700">{t("inspect.sites.progress", entry.progress)}</span>
            {queued > 0 && <span className="text-amber-800">{t("inspect.sites.queued", { count: queued })}</span>}
          </span>
        </button>
      </li>
    );
  };

  return (
    <section className="space-y-3">
      <Button variant="ghost" className="min-h-12 px-2" onClick={onBack}>
        ← {t("inspect.sites.back")}
      </Button>
      <h1 className="text-lg font-semibold break-words">{remote.data?.name ?? t("inspect.sites.heading")}</h1>
      <RemoteState remote={remote} isEmpty={sites?.length === 0} emptyText={t("inspect.sites.empty")} />
      {todo.length > 0 && (
        <>
          <h2 className="text-base font-medium">{t("inspect.sites.todo", { count: todo.length })}</h2>
          <ul className="space-y-3">{todo.map(renderSite)}</ul>
        </>
      )}
      {done.length > 0 && (
        <>
          <h2 className="text-base font-medium">{t("inspect.sites.done", { count: done.length })}</h2>
          <ul className="space-y-3">{done.map(renderSite)}</ul>
        </>
      )}
    </section>
  );
}
