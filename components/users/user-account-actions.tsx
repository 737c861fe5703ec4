"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";
import { deactivateUserAction, reactivateUserAction, resetUserPasswordAction } from "@/lib/actions/users";
import { useT } from "@/lib/i18n/client";
import type { UserRow } from "@/lib/validation/users";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Deactivate or reactivate an account, or reset its password (the temporary one is shown once). */
export function UserAccountActions({ user, isSelf }: { user: Pick<UserRow, "id" | "version" | "name" | "isActive">; isSelf: boolean }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const input = { id: user.id, version: user.version };

  function toggleActive() {
    if (user.isActive && !window.confirm(t("users.confirmDeactivate", { name: user.name }))) return;
    startTransition(async () => {
      const result = await (user.isActive ? deactivateUserAction(input) : reactivateUserAction(input));
      setFailure(result.ok ? null : result);
    });
  }

  function resetPassword() {
    if (!window.confirm(t("users.confirmReset", { name: user.name }))) return;
    startTransition(async () => {
      const result = await resetUserPasswordAction(input);
      setFailure(result.ok ? null : result);
      setTemporaryPassword(result.ok ? result.data.temporaryPassword : null);
    });
  }

  return (
    <div className="space-y-3">
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      {temporaryPassword && <OneTimeSecret label={t("users.temporaryPassword")} value={temporaryPassword} warning={t("users.passwordShownOnce")} />}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={isPending || !user.isActive} onClick={resetPassword}>
          {t("users.resetPassword")}
        </Button>
        {!isSelf && (
          <Button variant={user.isActive ? "danger" : "secondary"} disabled={isPending} onClick={toggleActive}>
            {user.isActive ? t("users.deactivate") : t("users.reactivate")}
          </Button>
        )}
      </div>
    </div>
  );
}
