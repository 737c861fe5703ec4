"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { useT } from "@/lib/i18n/client";

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function revoke() {
    if (!window.confirm(t("tokens.confirmRevoke", { name }))) return;
    startTransition(async () => {
      const result = await revokeApiTokenAction({ id });
      setError(result.ok ? null : errorMessage(t, result));
    });
  }
  return (
    <div>
      <Button variant="danger" size="sm" disabled={isPending} onClick={revoke}>
        {t("tokens.revoke")}
      </Button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
