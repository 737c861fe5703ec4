"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { CheckQueue } from "@/lib/inspect/check-queue";
import type { CheckDraft, QueuedCheck } from "@/lib/inspect/queued-check";

const RETRY_EVERY_MS = 30_000;

export type QueueView = {
  isReady: boolean;
  isOnline: boolean;
  isSignedOut: boolean;
  isSending: boolean;
  items: QueuedCheck[];
  /** Goes up whenever the server took a check, so the screens read their lists again. */
  savedCount: number;
  /** Items the server already had a check for (409): "criterionId@siteId" → its message. */
  existing: Record<string, string>;
  enqueue: (draft: CheckDraft) => Promise<void>;
  revise: (clientKey: string, draft: CheckDraft) => Promise<void>;
  discard: (clientKey: string) => Promise<void>;
  flush: () => void;
};

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export const itemKey = (criterionId: string, siteId: string | null) => `${criterionId}@${siteId ?? ""}`;

/** The queue of the signed-in inspector, sent now, when the network returns, and every 30 s. */
export function useCheckQueue(userId: string): QueueView {
  const queueRef = useRef<CheckQueue | null>(null);
  const openingRef = useRef<Promise<CheckQueue> | null>(null);
  const flushingRef = useRef(false);
  // A check entered while a flush runs is sent by one more flush right after it.
  const againRef = useRef(false);
  const [isReady, setReady] = useState(false);
  const [items, setItems] = useState<QueuedCheck[]>([]);
  const isOnline = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [isSignedOut, setSignedOut] = useState(false);
  const [isSending, setSending] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const [existing, setExisting] = useState<Record<string, string>>({});

  const refresh = useCallback(async () => {
    if (queueRef.current) setItems(await queueRef.current.list());
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    const queue = queueRef.current;
    if (!queue) return;
    if (flushingRef.current) {
      againRef.current = true;
      return;
    }
    flushingRef.current = true;
    setSending(true);
    try {
      do {
        againRef.current = false;
        const before = new Map((await queue.list()).map((check) => [check.clientKey, check]));
        for (const { clientKey, result } of await queue.flush()) {
          if (result.kind === "saved" || result.kind === "exists") {
            setSignedOut(false);
            setSavedCount((count) => count + 1);
          }
          const check = before.get(clientKey);
          if (result.kind === "exists" && check) setExisting((map) => ({ ...map, [itemKey(check.criterionId, check.siteId)]: result.error.message }));
          if (result.kind === "retry") setSignedOut(result.reason === "signed-out");
        }
      } while (againRef.current);
    } finally {
      flushingRef.current = false;
      setSending(false);
      await refresh();
    }
  }, [refresh]);

  useEffect(() => {
    let isCurrent = true;
    const opening = CheckQueue.open({ userId, onChange: () => void refresh() });
    openingRef.current = opening;
    void opening.then((queue) => {
      if (!isCurrent) return;
      queueRef.current = queue;
      setReady(true);
      void flush();
    });
    const goOnline = () => void flush();
    const onVisible = () => document.visibilityState === "visible" && void flush();
    window.addEventListener("online", goOnline);
    document.addEventListener("visibilitychange", onVisible);
    const timer = window.setInterval(() => void flush(), RETRY_EVERY_MS);
    return () => {
      isCurrent = false;
      queueRef.current = null;
      openingRef.current = null;
      window.removeEventListener("online", goOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.clearInterval(timer);
    };
  }, [userId, flush, refresh]);

  // A check entered in the first instant after load still waits for the store rather than being lost.
  const openedQueue = useCallback(async (): Promise<CheckQueue> => {
    if (!openingRef.current) throw new Error("check queue closed");
    return openingRef.current;
  }, []);

  const enqueue = useCallback(
    async (draft: CheckDraft) => {
      await (await openedQueue()).enqueue(draft);
      await refresh();
      void flush();
    },
    [flush, openedQueue, refresh],
  );
  const revise = useCallback(
    async (clientKey: string, draft: CheckDraft) => {
      await (await openedQueue()).revise(clientKey, draft);
      await refresh();
      void flush();
    },
    [flush, openedQueue, refresh],
  );
  const discard = useCallback(
    async (clientKey: string) => {
      await (await openedQueue()).discard(clientKey);
      await refresh();
    },
    [openedQueue, refresh],
  );

  return { isReady, isOnline, isSignedOut, isSending, items, savedCount, existing, enqueue, revise, discard, flush: () => void flush() };
}
