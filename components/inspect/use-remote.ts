"use client";
import { useCallback, useEffect, useState } from "react";

export type Remote<T> = { data: T | null; error: string | null; isLoading: boolean; reload: () => void };

/**
 * A GET the screen shows, loaded again when `deps` change or `reloadKey` goes up (a check saved
 * meanwhile). The last data stays on screen while the next load runs or after it fails.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly (string | number)[], reloadKey = 0): Remote<T> {
  const [tick, setTick] = useState(0);
  const key = JSON.stringify([...deps, reloadKey, tick]);
  const [state, setState] = useState<{ key: string | null; data: T | null; error: string | null }>({ key: null, data: null, error: null });
  const reload = useCallback(() => setTick((value) => value + 1), []);
  useEffect(() => {
    let isCurrent = true;
    load().then(
      (data) => isCurrent && setState({ key, data, error: null }),
      (error: unknown) => isCurrent && setState((previous) => ({ key, data: previous.data, error: error instanceof Error ? error.message : String(error) })),
    );
    return () => {
      isCurrent = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything the load depends on
  }, [key]);
  return { data: state.data, error: state.error, isLoading: state.key !== key, reload };
}
