"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { reopenFindingAction } from "@/lib/actions/findings";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Reopens a verified finding with a reason, flagged 虚假整改 when the fix was false. */
export function ReopenForm({ finding }: { finding: { id: string; version: number } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [isFalse, setIsFalse] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `reopen-${finding.id}`;
  const reasonErrors = failure?.fieldErrors?.reason;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await reopenFindingAction({ id: finding.id, version: finding.version, reason, falseRectification: isFalse });
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Field id={id} label={t("findings.reopen.reason")} errors={reasonErrors} required>
        <textarea
          {...controlA11y(id, reasonErrors)}
          rows={2}
          maxLength={1000}
          value={reason}
          className={controlClass}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" className="size-4" checked={isFalse} onChange={(event) => setIsFalse(event.target.checked)} />
        {t("findings.reopen.falseRectification")}
      </label>
      {failure && !reasonErrors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("findings.reopen.submit")}
      </Button>
    </form>
  );
}
