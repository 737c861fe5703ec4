"use client";
import { useEffect } from "react";

/**
 * Registers the /inspect service worker and hands it, once it is in control, the files this
 * visit loaded before it was (the first visit): the next reload in a dead zone has them all.
 */
export function RegisterInspectWorker({ userId, isEnabled }: { userId: string; isEnabled: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (!isEnabled) {
      // Development serves chunks under fixed names: a kept copy would hide every edit.
      void navigator.serviceWorker.getRegistration("/inspect").then((registration) => registration?.unregister());
      return;
    }
    let isCurrent = true;
    navigator.serviceWorker
      .register("/inspect-sw.js", { scope: "/inspect" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!isCurrent) return;
        const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
        const urls = [window.location.pathname + window.location.search, ...loaded.filter((url) => url.includes("/_next/static/"))];
        registration.active?.postMessage({ type: "WARM", userId, urls });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [userId, isEnabled]);
  return null;
}
