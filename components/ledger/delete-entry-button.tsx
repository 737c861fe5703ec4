"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteLedgerEntryAction } from "@/lib/actions/ledger";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

/** 撤回: withdraw a pending or returned entry after a confirmation. */
export function DeleteEntryButton({ entry }: { entry: { id: string; version: number } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);

  function run() {
    if (!window.confirm(t("ledger.confirmDelete"))) return;
    startTransition(async () => {
      const result = await deleteLedgerEntryAction({ id: entry.id, version: entry.version });
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <>
      <Button size="sm" variant="ghost" disabled={isPending} onClick={run}>
        {t("ledger.delete")}
      </Button>
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
    </>
  );
}
