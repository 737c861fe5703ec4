"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reviewLedgerEntryAction } from "@/lib/actions/ledger";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The office's review: 通过, or 退回 with a comment (退回意见 → 确认退回). */
export function ReviewActions({ entry }: { entry: { id: string; version: number; reviewStatus: string } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [isReturning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `return-${entry.id}`;
  const commentErrors = failure?.fieldErrors?.comment;

  function review(decision: "ACCEPT" | "RETURN") {
    startTransition(async () => {
      const result = await reviewLedgerEntryAction({ id: entry.id, version: entry.version, decision, comment: decision === "RETURN" ? comment : undefined });
      setFailure(result.ok ? null : result);
      if (result.ok) {
        setReturning(false);
        setComment("");
      }
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {entry.reviewStatus !== "ACCEPTED" && (
          <Button size="sm" disabled={isPending} onClick={() => review("ACCEPT")}>
            {t("ledger.accept")}
          </Button>
        )}
        {entry.reviewStatus !== "RETURNED" && !isReturning && (
          <Button size="sm" variant="danger" disabled={isPending} onClick={() => setReturning(true)}>
            {t("ledger.return")}
          </Button>
        )}
      </div>
      {isReturning && (
        <div className="space-y-2 rounded-md border border-red-100 bg-red-50/40 p-3">
          <Field id={id} label={t("ledger.returnComment")} errors={commentErrors} required>
            <textarea
              {...controlA11y(id, commentErrors)}
              rows={3}
              maxLength={1000}
              value={comment}
              className={controlClass}
              placeholder={t("ledger.returnCommentPlaceholder")}
              onChange={(event) => setComment(event.target.value)}
            />
          </Field>
          <div className="flex gap-2">
            <Button size="sm" variant="danger" disabled={isPending} onClick={() => review("RETURN")}>
              {t("ledger.confirmReturn")}
            </Button>
            <Button size="sm" variant="ghost" disabled={isPending} onClick={() => setReturning(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      )}
      {failure && !commentErrors && <Alert tone={failure.code === "VERSION_CONFLICT" ? "warning" : "error"}>{errorMessage(t, failure)}</Alert>}
    </div>
  );
}
