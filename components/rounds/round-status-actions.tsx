"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { closeRoundAction, reopenRoundAction, startRoundAction } from "@/lib/actions/rounds";
import type { ActionResult } from "@/lib/actions/run-action";
import { nextRoundStatus, type RoundStatus } from "@/lib/domain/rounds/round-transitions";
import { useT } from "@/lib/i18n/client";

type Props = { roundId: string; status: RoundStatus; canStart: boolean; canManage: boolean };

/** 开始督查 / 结束督查 / 重新打开 (with its reason beside the field), offered by the round's transition table. */
export function RoundStatusActions({ roundId, status, canStart, canManage }: Props) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [isReopening, setIsReopening] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonErrors, setReasonErrors] = useState<string[] | undefined>();

  function run(action: () => Promise<ActionResult<unknown>>) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setIsReopening(false);
        setReasonErrors(undefined);
        return;
      }
      setReasonErrors(result.fieldErrors?.reason);
      setError(result.fieldErrors?.reason ? null : errorMessage(t, result));
    });
  }

  const offers = (event: "START" | "CLOSE" | "REOPEN") => nextRoundStatus(status, event) !== null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {canStart && offers("START") && (
          <Button disabled={isPending} onClick={() => run(() => startRoundAction({ id: roundId }))}>
            {t("rounds.actions.start")}
          </Button>
        )}
        {canManage && offers("CLOSE") && (
          <Button
            disabled={isPending}
            onClick={() => {
              if (window.confirm(t("rounds.actions.closeConfirm"))) run(() => closeRoundAction({ id: roundId }));
            }}
          >
            {t("rounds.actions.close")}
          </Button>
        )}
        {canManage && offers("REOPEN") && !isReopening && (
          <Button variant="secondary" disabled={isPending} onClick={() => setIsReopening(true)}>
            {t("rounds.actions.reopen")}
          </Button>
        )}
      </div>
      {isReopening && (
        <form
          className="max-w-lg space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => reopenRoundAction({ id: roundId, reason }));
          }}
        >
          <Field id="round-reopen-reason" label={t("rounds.actions.reopenReason")} errors={reasonErrors} required>
            <textarea
              {...controlA11y("round-reopen-reason", reasonErrors)}
              name="reason"
              rows={3}
              className={controlClass}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" disabled={isPending}>
              {t("rounds.actions.reopenSubmit")}
            </Button>
            <Button variant="ghost" disabled={isPending} onClick={() => setIsReopening(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
