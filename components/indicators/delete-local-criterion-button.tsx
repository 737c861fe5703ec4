"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { deleteLocalCriterionAction } from "@/lib/actions/indicators";
import { useT } from "@/lib/i18n/client";

export function DeleteLocalCriterionButton({ id, code }: { id: string; code: string }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);
  function run() {
    if (!window.confirm(t("indicators.city.confirmDelete", { code }))) return;
    startTransition(async () => {
      const result = await deleteLocalCriterionAction({ id });
      setFailure(result.ok ? null : result);
    });
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="danger" size="sm" disabled={isPending} onClick={run}>
        {t("common.delete")}
        <span className="sr-only"> {code}</span>
      </Button>
      {failure && (
        <span role="alert" className="max-w-60 text-xs whitespace-normal text-red-700">
          {errorMessage(t, failure)}
        </span>
      )}
    </span>
  );
}
