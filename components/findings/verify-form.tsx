"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { verifyFindingAction } from "@/lib/actions/findings";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** 通过（销号） or 退回 with a reason, on a submitted reply. */
export function VerifyForm({ finding }: { finding: { id: string; version: number } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [comment, setComment] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `verify-${finding.id}`;
  const commentErrors = failure?.fieldErrors?.comment;

  const decide = (decision: "ACCEPT" | "RETURN") =>
    startTransition(async () => {
      const result = await verifyFindingAction({ id: finding.id, version: finding.version, decision, comment: comment.trim() || undefined });
      setFailure(result.ok ? null : result);
      if (result.ok) setComment("");
    });

  return (
    <div className="space-y-3">
      <Field id={id} label={t("findings.verify.comment")} hint={t("findings.verify.commentHint")} errors={commentErrors}>
        <textarea
          {...controlA11y(id, commentErrors, t("findings.verify.commentHint"))}
          rows={3}
          maxLength={1000}
          value={comment}
          className={controlClass}
          onChange={(event) => setComment(event.target.value)}
        />
      </Field>
      {failure && !commentErrors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={isPending} onClick={() => decide("ACCEPT")}>
          {t("findings.verify.accept")}
        </Button>
        <Button variant="secondary" disabled={isPending} onClick={() => decide("RETURN")}>
          {t("findings.verify.return")}
        </Button>
      </div>
    </div>
  );
}
