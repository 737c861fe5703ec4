"use client";
import { useT } from "@/lib/i18n/client";
import { fetchRound, fetchRoundsInProgress } from "@/lib/inspect/inspect-api";
import type { RoundDetail } from "@/lib/inspect/api-types";
import { mySites } from "@/lib/inspect/my-sites";
import { RemoteState } from "./remote-state";
import { useRemote } from "./use-remote";

const MAX_ROUNDS = 30;

/** Rounds in progress in which I have sites: assigned to me, or to nobody. Loading each round also caches it for offline use. */
async function loadMyRounds(userId: string): Promise<{ round: RoundDetail; siteCount: number }[]> {
  const list = await fetchRoundsInProgress();
  // One round that cannot be read (offline and never opened, or closed meanwhile) hides only itself.
  const settled = await Promise.allSettled(list.items.slice(0, MAX_ROUNDS).map((round) => fetchRound(round.id)));
  const rounds = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  return rounds.map((round) => ({ round, siteCount: mySites(round, userId).length })).filter((entry) => entry.siteCount > 0);
}

export function RoundList({ userId, reloadKey, onOpen }: { userId: string; reloadKey: number; onOpen: (roundId: string) => void }) {
  const t = useT();
  const remote = useRemote(() => loadMyRounds(userId), [userId], reloadKey);
  return (
    <section className="space-y-3">
      <h1 className="text-lg font-semibold">{t("inspect.rounds.heading")}</h1>
      <RemoteState remote={remote} isEmpty={remote.data?.length === 0} emptyText={t("inspect.rounds.empty")} />
      <ul className="space-y-3">
        {remote.data?.map(({ round, siteCount }) => (
          <li key={round.id}>
            <button
              type="button"
              onClick={() => onOpen(round.id)}
              className="block min-h-16 w-full rounded-lg border border-slate-200 bg-white p-4 text-left shadow-xs active:bg-slate-50"
            >
              <span className="block text-base font-medium break-words">{round.name}</span>
              <span className="mt-1 block text-sm text-slate-600">{t("inspect.rounds.period", { start: round.periodStart, end: round.periodEnd })}</span>
              <span className="mt-1 block text-sm text-slate-600">
                {t("inspect.rounds.mySites", { count: siteCount })} · {t("inspect.rounds.progress", round.progress)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
