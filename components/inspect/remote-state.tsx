"use client";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import type { Remote } from "./use-remote";

const isOffline = () => typeof navigator !== "undefined" && !navigator.onLine;

/** Loading, a failed load (with a retry) or an empty list, in one place for every inspect screen. */
export function RemoteState<T>({ remote, isEmpty, emptyText }: { remote: Remote<T>; isEmpty: boolean; emptyText: string }) {
  const t = useT();
  if (remote.error && !remote.data) {
    return (
      <div role="alert" className="space-y-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
        <p>{isOffline() ? t("inspect.errors.offlineNoCopy") : t("inspect.errors.loadFailed", { message: remote.error })}</p>
        <Button variant="secondary" className="min-h-12" onClick={remote.reload}>
          {t("inspect.retry")}
        </Button>
      </div>
    );
  }
  if (remote.isLoading && !remote.data) return <p className="text-sm text-slate-500">{t("inspect.loading")}</p>;
  if (isEmpty) return <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600">{emptyText}</p>;
  return null;
}
