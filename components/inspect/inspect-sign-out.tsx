"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { CheckQueue } from "@/lib/inspect/check-queue";
import { Button } from "@/components/ui/button";

async function waitingChecks(userId: string): Promise<number> {
  try {
    return (await (await CheckQueue.open({ userId })).list()).length;
  } catch {
    return 0;
  }
}

/**
 * Sign-out on the phone: warns when checks still wait to upload (they stay on the phone and go out
 * at this account's next sign-in), and has the service worker forget the kept pages and answers.
 */
export function InspectSignOut({ userId }: { userId: string }) {
  const t = useT();
  const [isPending, setPending] = useState(false);

  async function leave() {
    const waiting = await waitingChecks(userId);
    if (waiting > 0 && !window.confirm(t("inspect.signOutWaiting", { count: waiting }))) return;
    setPending(true);
    navigator.serviceWorker?.controller?.postMessage({ type: "FORGET" });
    await signOut({ callbackUrl: "/login" });
  }

  return (
    <Button variant="secondary" size="sm" disabled={isPending} onClick={() => void leave()}>
      {t("nav.signOut")}
    </Button>
  );
}
