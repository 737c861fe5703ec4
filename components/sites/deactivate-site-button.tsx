"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deactivateSiteAction } from "@/lib/actions/sites";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { SiteRow } from "@/lib/validation/sites";

/** Deactivates a site (soft: its checks and findings keep it), after a confirmation. */
export function DeactivateSiteButton({ site }: { site: Pick<SiteRow, "id" | "version" | "name"> }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);

  function run() {
    if (!window.confirm(t("sites.confirmDeactivate", { name: site.name }))) return;
    startTransition(async () => {
      const result = await deactivateSiteAction({ id: site.id, version: site.version });
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <div className="space-y-2">
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button variant="danger" disabled={isPending} onClick={run}>
        {t("sites.deactivate")}
      </Button>
    </div>
  );
}
