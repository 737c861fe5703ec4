"use client";
import { useCallback, useSyncExternalStore } from "react";

// The screen keeps round and site in its own address (/inspect?round=…&site=…) and moves between
// them without asking the server: offline, the service worker has only the one cached page.

export type InspectLocation = { roundId: string | null; siteId: string | null };

const NAVIGATE_EVENT = "inspect:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentSearch = () => window.location.search;
const noSearchOnServer = () => null;

/** Where the inspector is, or null while the page is still being hydrated. */
export function useInspectLocation(): [InspectLocation | null, (next: InspectLocation) => void] {
  const search = useSyncExternalStore(subscribe, currentSearch, noSearchOnServer);
  const navigate = useCallback((next: InspectLocation) => {
    const params = new URLSearchParams();
    if (next.roundId) params.set("round", next.roundId);
    if (next.roundId && next.siteId) params.set("site", next.siteId);
    const query = params.toString();
    window.history.pushState(null, "", query ? `/inspect?${query}` : "/inspect");
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
    window.scrollTo(0, 0);
  }, []);
  if (search === null) return [null, navigate];
  const params = new URLSearchParams(search);
  const roundId = params.get("round");
  return [{ roundId, siteId: roundId ? params.get("site") : null }, navigate];
}
