"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { forgetInspectCaches } from "@/lib/inspect/forget-inspect-caches";
import { useT } from "@/lib/i18n/client";
import { Alert } from "@/components/ui/alert";

/** Ends every session of the signed-in user (this one included), then shows the sign-in page. */
export function SignOutEverywhereButton() {
  const t = useT();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function onClick() {
    setIsPending(true);
    const result = await signOutEverywhereAction();
    if (result.ok) return void forgetInspectCaches().then(() => signOut({ callbackUrl: "/login?ended=everywhere" }));
    setError(result.formError ?? t("common.genericError"));
    setIsPending(false);
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button variant="secondary" disabled={isPending} onClick={() => void onClick()}>
        {isPending ? t("account.signingOut") : t("account.signOutEverywhere")}
      </Button>
    </div>
  );
}
