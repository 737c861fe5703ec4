"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { fileAppealAction } from "@/lib/actions/appeals";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The liaison's 申诉 on one round: a reason (5–1000 characters), errors beside the field. */
export function AppealForm({ roundId }: { roundId: string }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSent, setIsSent] = useState(false);
  const id = `appeal-${roundId}`;
  const reasonErrors = failure?.fieldErrors?.reason;

  const submit = () =>
    startTransition(async () => {
      const result = await fileAppealAction({ roundId, reason });
      setFailure(result.ok ? null : result);
      setIsSent(result.ok);
      if (result.ok) setReason("");
    });

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field id={id} label={t("appeals.reason")} hint={t("appeals.reasonHint")} errors={reasonErrors} required>
        <textarea
          {...controlA11y(id, reasonErrors, t("appeals.reasonHint"))}
          rows={3}
          maxLength={1000}
          value={reason}
          className={controlClass}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      {failure && !reasonErrors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      {isSent && <Alert tone="success">{t("appeals.sent")}</Alert>}
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("appeals.file")}
      </Button>
    </form>
  );
}
