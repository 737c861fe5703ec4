"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { rejectReportAction } from "@/lib/actions/citizen-reports";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** 驳回 with the reason the reporter reads on the tracking page. */
export function RejectReportForm({ reportId }: { reportId: string }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const errors = failure?.fieldErrors?.reason;
  const id = `reject-${reportId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await rejectReportAction({ id: reportId, reason });
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("citizenReports.reject.title")}>
      <Field id={id} label={t("citizenReports.reject.reason")} errors={errors} hint={t("citizenReports.reject.hint")} required>
        <textarea
          {...controlA11y(id, errors, t("citizenReports.reject.hint"))}
          rows={2}
          maxLength={500}
          value={reason}
          className={controlClass}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      {failure && !errors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("citizenReports.reject.submit")}
      </Button>
    </form>
  );
}
