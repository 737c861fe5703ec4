"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { Rubric, SavedCheckJson } from "@/lib/inspect/api-types";
import { correctionBody, type CorrectionBody, type CorrectionResult } from "@/lib/inspect/check-correction";
import { inputFromOutcome, type OutcomeInput } from "@/lib/inspect/outcome-input";
import type { VisitStatus } from "@/lib/validation/checks";
import { Button } from "@/components/ui/button";
import { CorrectionConflict } from "./correction-conflict";
import { OutcomeControl } from "./outcome-control";
import { CheckNoteField } from "./check-note-field";
import { VisitStatusChoice } from "./visit-status-choice";

type Props = {
  id: string;
  rubric: Rubric;
  /** The saved check as it was read: the form starts from it and names its version. */
  check: SavedCheckJson;
  /** A field check may turn out refused or not inspectable; a desk check is always inspected. */
  allowVisit: boolean;
  /** The phone knows when it is offline and says so before trying; the office's screen is always online. */
  isOnline?: boolean;
  send: (body: CorrectionBody) => Promise<CorrectionResult>;
  onSaved: (check: SavedCheckJson) => void;
  onCancel: () => void;
};

type Errors = Partial<Record<"outcome" | "note" | "_form", string>>;

function fieldErrorsOf(fieldErrors: Record<string, string[]> = {}): Errors {
  const other = Object.entries(fieldErrors).filter(([name]) => name !== "outcome" && name !== "note");
  return {
    outcome: fieldErrors.outcome?.join("；"),
    note: fieldErrors.note?.join("；"),
    _form: other.length > 0 ? other.flatMap(([, messages]) => messages).join("；") : undefined,
  };
}

/**
 * 更正 a saved check: visit, outcome and note, starting from what is saved and sent with the
 * version it read. Someone else's correction in between is shown, and the inspector may send again.
 */
export function CheckCorrectionForm({ id, rubric, check, allowVisit, isOnline = true, send, onSaved, onCancel }: Props) {
  const t = useT();
  const [base, setBase] = useState(check);
  const [conflict, setConflict] = useState<SavedCheckJson | null>(null);
  const [visitStatus, setVisitStatus] = useState<VisitStatus>(check.visitStatus);
  const [outcome, setOutcome] = useState<OutcomeInput>(inputFromOutcome(check.outcome));
  const [note, setNote] = useState(check.note ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const [isSaving, setSaving] = useState(false);
  const offlineText = t("inspect.correction.needsConnection");

  async function submit() {
    const draft = correctionBody(rubric, base.version, { visitStatus, outcome, note });
    if (!draft.ok) return setErrors({ outcome: draft.errorKeys.outcome && t(draft.errorKeys.outcome), note: draft.errorKeys.note && t(draft.errorKeys.note) });
    if (!isOnline) return setErrors({ _form: offlineText });
    setErrors({});
    setSaving(true);
    const result = await send(draft.body);
    setSaving(false);
    switch (result.kind) {
      case "saved":
        return onSaved(result.check);
      case "conflict":
        // The next send names the version now saved: the inspector has seen it and chose to go on.
        if (result.current) setBase(result.current);
        setConflict(result.current);
        return setErrors({ _form: result.current ? undefined : result.message });
      case "rejected":
        return setErrors(result.fieldErrors ? fieldErrorsOf(result.fieldErrors) : { _form: result.message });
      case "offline":
        return setErrors({ _form: offlineText });
      case "signed-out":
        return setErrors({ _form: result.message });
    }
  }

  return (
    <form
      noValidate
      aria-label={t("inspect.correction.title")}
      className="space-y-4 border-t border-slate-200 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="text-sm font-medium text-slate-900">{t("inspect.correction.title")}</p>
      {conflict && <CorrectionConflict rubric={rubric} current={conflict} />}
      {errors._form && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errors._form}
        </p>
      )}
      {check.departments.length > 0 && (
        <p className="text-sm text-slate-600">
          {t("inspect.correction.departments", {
            names: check.departments
              .map((department) => (department.isPrimary ? `${department.name}${t("inspect.correction.primary")}` : department.name))
              .join("、"),
          })}
        </p>
      )}
      {allowVisit && <VisitStatusChoice name={`${id}-visit`} value={visitStatus} onChange={setVisitStatus} />}
      {visitStatus === "INSPECTED" && <OutcomeControl id={`${id}-outcome`} rubric={rubric} value={outcome} onChange={setOutcome} error={errors.outcome} />}
      <CheckNoteField id={id} visitStatus={visitStatus} note={note} onChange={setNote} error={errors.note} withPhrases={allowVisit} />
      <div className="flex gap-2">
        <Button type="submit" className="min-h-12 flex-1 text-base" disabled={isSaving}>
          {isSaving ? t("inspect.saving") : conflict ? t("inspect.correction.resend") : t("inspect.correction.save")}
        </Button>
        <Button variant="secondary" className="min-h-12 flex-1 text-base" onClick={onCancel}>
          {t("inspect.cancel")}
        </Button>
      </div>
    </form>
  );
}
