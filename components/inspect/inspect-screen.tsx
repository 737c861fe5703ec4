"use client";
import { RoundList } from "./round-list";
import { SiteChecklist } from "./site-checklist";
import { SiteList } from "./site-list";
import { SyncStatus } from "./sync-status";
import { useCheckQueue } from "./use-check-queue";
import { useInspectLocation } from "./use-inspect-location";

/** The inspector's phone screen: my rounds → my sites → one site's checklist, over one queue. */
export function InspectScreen({ userId }: { userId: string }) {
  const queue = useCheckQueue(userId);
  const [location, navigate] = useInspectLocation();
  return (
    <div className="space-y-4">
      <SyncStatus queue={queue} />
      {location === null ? null : location.roundId && location.siteId ? (
        <SiteChecklist roundId={location.roundId} siteId={location.siteId} queue={queue} onBack={() => navigate({ roundId: location.roundId, siteId: null })} />
      ) : location.roundId ? (
        <SiteList
          userId={userId}
          roundId={location.roundId}
          queue={queue}
          onBack={() => navigate({ roundId: null, siteId: null })}
          onOpen={(siteId) => navigate({ roundId: location.roundId, siteId })}
        />
      ) : (
        <RoundList userId={userId} reloadKey={queue.savedCount} onOpen={(roundId) => navigate({ roundId, siteId: null })} />
      )}
    </div>
  );
}
