"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { answerLedgerEntryAction } from "@/lib/actions/ledger";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The department's answer to a returned entry (答复 → 提交答复); the entry goes back to review. */
export function AnswerForm({ entry }: { entry: { id: string; version: number } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [answer, setAnswer] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `answer-${entry.id}`;
  const answerErrors = failure?.fieldErrors?.answer;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await answerLedgerEntryAction({ id: entry.id, version: entry.version, answer });
      setFailure(result.ok ? null : result);
      if (result.ok) setAnswer("");
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Field id={id} label={t("ledger.answer")} errors={answerErrors} hint={t("ledger.answerHint")} required>
        <textarea
          {...controlA11y(id, answerErrors, t("ledger.answerHint"))}
          rows={3}
          maxLength={2000}
          value={answer}
          className={controlClass}
          onChange={(event) => setAnswer(event.target.value)}
        />
      </Field>
      {failure && !answerErrors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" size="sm" disabled={isPending}>
        {t("ledger.submitAnswer")}
      </Button>
    </form>
  );
}
