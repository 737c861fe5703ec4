"use client";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { useT } from "@/lib/i18n/client";

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={disabled || isPending}
      onClick={() =>
        startTransition(async () => {
          await markNotificationsReadAction({ all: true });
        })
      }
    >
      {t("notifications.markAllRead")}
    </Button>
  );
}
