"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { recordRecheckAction } from "@/lib/actions/rechecks";
import { useT } from "@/lib/i18n/client";

type Result = "CONFIRMED" | "NOT_FIXED";

/** The two verdicts of one 回头看 item; 未整改到位 needs a 说明 (it reopens the finding as 虚假整改). */
export function RecheckResultForm({ roundId, findingId }: { roundId: string; findingId: string }) {
  const t = useT();
  const [note, setNote] = useState("");
  const [noteErrors, setNoteErrors] = useState<string[] | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();
  const id = `recheck-${findingId}-note`;

  function record(result: Result) {
    if (result === "NOT_FIXED" && !note.trim()) return setNoteErrors([t("rounds.rechecks.noteRequired")]);
    setNoteErrors(undefined);
    setFormError(undefined);
    startTransition(async () => {
      const outcome = await recordRecheckAction({ roundId, findingId, result, note: note.trim() || undefined });
      if (outcome.ok) return;
      if (outcome.fieldErrors?.note) setNoteErrors(outcome.fieldErrors.note);
      else setFormError(errorMessage(t, outcome));
    });
  }

  return (
    <div className="mt-2 space-y-2">
      <Field id={id} label={t("rounds.rechecks.note")} errors={noteErrors} hint={t("rounds.rechecks.noteHint")}>
        <textarea
          {...controlA11y(id, noteErrors, t("rounds.rechecks.noteHint"))}
          rows={2}
          className={controlClass}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={isPending} onClick={() => record("CONFIRMED")}>
          {t("rounds.rechecks.record.CONFIRMED")}
        </Button>
        <Button size="sm" variant="danger" disabled={isPending} onClick={() => record("NOT_FIXED")}>
          {t("rounds.rechecks.record.NOT_FIXED")}
        </Button>
      </div>
      {formError && (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      )}
    </div>
  );
}
