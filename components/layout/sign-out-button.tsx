"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { forgetInspectCaches } from "@/lib/inspect/forget-inspect-caches";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useT();
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={isPending}
      onClick={() => {
        setIsPending(true);
        // A shared phone keeps no account's /inspect rounds or pages for whoever opens it offline next.
        void forgetInspectCaches().then(() => signOut({ callbackUrl: "/login" }));
      }}
    >
      {t("nav.signOut")}
    </Button>
  );
}
