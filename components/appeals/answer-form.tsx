"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { answerAppealAction } from "@/lib/actions/appeals";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The office's answer to one appeal (or a changed answer), naming the version it read. */
export function AnswerForm({ appeal }: { appeal: { id: string; version: number; answer: string | null } }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [answer, setAnswer] = useState(appeal.answer ?? "");
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `answer-${appeal.id}`;
  const answerErrors = failure?.fieldErrors?.answer;

  const submit = () =>
    startTransition(async () => {
      const result = await answerAppealAction({ id: appeal.id, answer, version: appeal.version });
      setFailure(result.ok ? null : result);
    });

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Field id={id} label={t("appeals.answer")} errors={answerErrors} required>
        <textarea
          {...controlA11y(id, answerErrors)}
          rows={2}
          maxLength={2000}
          value={answer}
          className={controlClass}
          onChange={(event) => setAnswer(event.target.value)}
        />
      </Field>
      {failure && !answerErrors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" variant="primary" disabled={isPending}>
        {appeal.answer === null ? t("appeals.sendAnswer") : t("appeals.changeAnswer")}
      </Button>
    </form>
  );
}
