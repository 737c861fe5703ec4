"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { capturePosition, type Position } from "@/lib/inspect/capture-position";
import type { ChecklistItem } from "@/lib/inspect/api-types";
import { inputFromOutcome, outcomeFromInput, type OutcomeInput } from "@/lib/inspect/outcome-input";
import type { CheckDraft, QueuedCheck, StoredPhoto } from "@/lib/inspect/queued-check";
import type { VisitStatus } from "@/lib/validation/checks";
import { Button } from "@/components/ui/button";
import { OutcomeControl } from "./outcome-control";
import { PhotoPicker } from "./photo-picker";
import { CheckNoteField } from "./check-note-field";
import { VisitStatusChoice } from "./visit-status-choice";

type Props = {
  roundId: string;
  siteId: string;
  criterion: ChecklistItem["criterion"];
  /** A queued check being corrected (same clientKey), with the server's field errors. */
  queued?: QueuedCheck;
  onSubmit: (draft: CheckDraft) => Promise<void>;
  onCancel: () => void;
};

type Errors = Partial<Record<"outcome" | "note" | "photos" | "_form", string>>;

function serverErrors(queued?: QueuedCheck): Errors {
  const fields = queued?.error?.fieldErrors ?? {};
  const first = (name: string) => fields[name]?.join("；");
  const known = new Set(["outcome", "note", "photos"]);
  const other = Object.entries(fields).filter(([name]) => !known.has(name));
  return {
    outcome: first("outcome"),
    note: first("note"),
    photos: first("photos"),
    _form: queued?.error ? [queued.error.message, ...other.flatMap(([, messages]) => messages)].join("；") : undefined,
  };
}

/** One criterion checked at one site: the visit, the outcome, a note with quick phrases, photos, time and place. */
export function CheckForm({ roundId, siteId, criterion, queued, onSubmit, onCancel }: Props) {
  const t = useT();
  const id = `check-${criterion.id}`;
  const [visitStatus, setVisitStatus] = useState<VisitStatus>(queued?.visitStatus ?? "INSPECTED");
  const [outcome, setOutcome] = useState<OutcomeInput>(inputFromOutcome(queued?.outcome));
  const [note, setNote] = useState(queued?.note ?? "");
  const [photos, setPhotos] = useState<StoredPhoto[]>(queued?.photos ?? []);
  const [capturedAt, setCapturedAt] = useState(queued?.capturedAt);
  const [position, setPosition] = useState<Position | null>(
    queued?.latitude && queued.longitude ? { latitude: queued.latitude, longitude: queued.longitude } : null,
  );
  const [errors, setErrors] = useState<Errors>(serverErrors(queued));
  const [isSaving, setSaving] = useState(false);

  function photoTaken() {
    setCapturedAt((previous) => previous ?? new Date().toISOString());
    if (!position) void capturePosition().then((found) => found && setPosition(found));
  }

  async function submit() {
    const next: Errors = {};
    const result = visitStatus === "INSPECTED" ? outcomeFromInput(criterion.rubric, outcome) : null;
    if (result && !result.ok) next.outcome = t(result.errorKey);
    if (visitStatus !== "INSPECTED" && !note.trim()) next.note = t("inspect.errors.reasonRequired");
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setSaving(true);
    try {
      await onSubmit({
        roundId,
        siteId,
        criterionId: criterion.id,
        rubricKind: criterion.rubric.kind,
        visitStatus,
        outcome: result?.ok ? result.outcome : undefined,
        note: note.trim(),
        photos,
        capturedAt: capturedAt ?? new Date().toISOString(),
        ...(position ?? {}),
      });
    } catch {
      // Only the phone's own store can fail here (sending happens later): say so, keep the form.
      setErrors({ _form: t("inspect.errors.storeFailed") });
    }
    setSaving(false);
  }

  return (
    <form
      noValidate
      className="space-y-4 border-t border-slate-200 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {errors._form && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {errors._form}
        </p>
      )}
      <VisitStatusChoice name={`${id}-visit`} value={visitStatus} onChange={setVisitStatus} />
      {visitStatus === "INSPECTED" && (
        <OutcomeControl id={`${id}-outcome`} rubric={criterion.rubric} value={outcome} onChange={setOutcome} error={errors.outcome} />
      )}
      <CheckNoteField id={id} visitStatus={visitStatus} note={note} onChange={setNote} error={errors.note} withPhrases />
      <PhotoPicker id={`${id}-photos`} photos={photos} onChange={setPhotos} onTaken={photoTaken} error={errors.photos} />
      <p className="text-xs text-slate-500">{position ? t("inspect.photos.location", position) : t("inspect.photos.noLocation")}</p>
      <div className="flex gap-2">
        <Button type="submit" className="min-h-12 flex-1 text-base" disabled={isSaving}>
          {isSaving ? t("inspect.saving") : t("inspect.save")}
        </Button>
        <Button variant="secondary" className="min-h-12 flex-1 text-base" onClick={onCancel}>
          {t("inspect.cancel")}
        </Button>
      </div>
    </form>
  );
}
