"use client";
import { useState } from "react";
import { explainRubric } from "@/lib/domain/indicators/explain-rubric";
import type { RubricParams } from "@/lib/domain/indicators/rubric-params";
import { useT } from "@/lib/i18n/client";
import type { ChecklistItem, SavedCheckJson } from "@/lib/inspect/api-types";
import { sendCorrection } from "@/lib/inspect/send-correction";
import type { CheckDraft, QueuedCheck } from "@/lib/inspect/queued-check";
import { Button } from "@/components/ui/button";
import { CheckCorrectionForm } from "./check-correction-form";
import { CheckForm } from "./check-form";
import { outcomeSummary } from "./outcome-summary";

type Props = {
  roundId: string;
  siteId: string;
  item: ChecklistItem;
  queued?: QueuedCheck;
  existingNotice?: string;
  onEnqueue: (draft: CheckDraft) => Promise<void>;
  onRevise: (clientKey: string, draft: CheckDraft) => Promise<void>;
  onDiscard: (clientKey: string) => Promise<void>;
  /** Corrections go straight to the server: offline, the 更正 button only explains why it waits. */
  isOnline?: boolean;
  onCorrected?: () => void;
};

function rubricText(criterion: ChecklistItem["criterion"]): string {
  const { kind, ...params } = criterion.rubric;
  try {
    return explainRubric({ rubricKind: kind, rubricParams: params as RubricParams, points: criterion.points });
  } catch {
    // A rubric missing a parameter must not take the whole checklist down on a phone in the field.
    return "";
  }
}

/** One criterion of the site's checklist: saved, waiting on the phone, refused, or still to check. */
export function CriterionCard({ roundId, siteId, item, queued, existingNotice, onEnqueue, onRevise, onDiscard, isOnline = true, onCorrected }: Props) {
  const t = useT();
  const [isEditing, setEditing] = useState(false);
  const [isCorrecting, setCorrecting] = useState(false);
  // The corrected check shows at once; the checklist's next read brings the same or newer.
  const [corrected, setCorrected] = useState<SavedCheckJson | null>(null);
  const { criterion } = item;
  const check = corrected && corrected.id === item.check?.id && corrected.version > item.check.version ? corrected : item.check;
  const state = queued ? (queued.state === "REJECTED" ? "rejected" : "queued") : check ? "saved" : "todo";
  const badge = { saved: "bg-emerald-100 text-emerald-900", queued: "bg-amber-100 text-amber-900", rejected: "bg-red-100 text-red-900", todo: "" }[state];

  return (
    <article aria-labelledby={`criterion-${criterion.id}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <header className="flex items-start justify-between gap-2">
        <h2 id={`criterion-${criterion.id}`} className="min-w-0 text-base font-medium break-words">
          <span className="text-slate-500">{criterion.code}</span> {criterion.title}
        </h2>
        {state !== "todo" && <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-medium ${badge}`}>{t(`inspect.checklist.${state}`)}</span>}
      </header>
      <p className="text-sm text-slate-600">
        {t("inspect.checklist.points", { points: String(criterion.points) })} · {rubricText(criterion)}
      </p>
      {criterion.standard && (
        <details className="text-sm text-slate-600">
          <summary className="min-h-8 cursor-pointer">{t("inspect.checklist.standard")}</summary>
          <p className="mt-1 whitespace-pre-line">{criterion.standard}</p>
        </details>
      )}
      {existingNotice && state === "saved" && <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t("inspect.checklist.existsNotice")}</p>}
      {state === "saved" && check && (
        <p className="text-sm text-slate-800">
          {outcomeSummary(t, criterion.rubric, check.visitStatus, check.outcome)}
          {check.note ? ` · ${check.note}` : ""}
          {check.photos.length > 0 ? ` · ${t("inspect.checklist.photosCount", { count: check.photos.length })}` : ""}
          {check.finding ? ` · ${t(check.finding.status === "WITHDRAWN" ? "inspect.checklist.findingWithdrawn" : "inspect.checklist.withFinding")}` : ""}
        </p>
      )}
      {state === "saved" && check && !isCorrecting && (
        <div className="space-y-1">
          <Button
            variant="secondary"
            className="min-h-12 w-full text-base"
            disabled={!isOnline}
            aria-describedby={isOnline ? undefined : `correct-${criterion.id}-offline`}
            onClick={() => setCorrecting(true)}
          >
            {t("inspect.correction.correct")}
          </Button>
          {!isOnline && (
            <p id={`correct-${criterion.id}-offline`} className="text-sm text-slate-600">
              {t("inspect.correction.needsConnection")}
            </p>
          )}
        </div>
      )}
      {state === "saved" && check && isCorrecting && (
        <CheckCorrectionForm
          id={`correct-${criterion.id}`}
          rubric={criterion.rubric}
          check={check}
          allowVisit
          isOnline={isOnline}
          send={(body) => sendCorrection(check.id, body)}
          onCancel={() => setCorrecting(false)}
          onSaved={(saved) => {
            setCorrected(saved);
            setCorrecting(false);
            onCorrected?.();
          }}
        />
      )}
      {queued && !isEditing && (
        <div className="space-y-2">
          <p className="text-sm text-slate-800">
            {outcomeSummary(t, criterion.rubric, queued.visitStatus, queued.outcome)}
            {queued.note ? ` · ${queued.note}` : ""}
            {queued.photos.length > 0 ? ` · ${t("inspect.checklist.photosCount", { count: queued.photos.length })}` : ""}
          </p>
          {queued.error && queued.state === "REJECTED" && (
            <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
              {queued.error.message}
            </p>
          )}
          <div className="flex gap-2">
            <Button variant="secondary" className="min-h-12 flex-1" onClick={() => setEditing(true)}>
              {t("inspect.checklist.edit")}
            </Button>
            {queued.state === "REJECTED" && (
              <Button variant="danger" className="min-h-12 flex-1" onClick={() => void onDiscard(queued.clientKey)}>
                {t("inspect.checklist.discard")}
              </Button>
            )}
          </div>
        </div>
      )}
      {state === "todo" && !isEditing && (
        <Button className="min-h-12 w-full text-base" onClick={() => setEditing(true)}>
          {t("inspect.checklist.check")}
        </Button>
      )}
      {isEditing && (state === "todo" || queued) && (
        <CheckForm
          roundId={roundId}
          siteId={siteId}
          criterion={criterion}
          queued={queued}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            if (queued) await onRevise(queued.clientKey, draft);
            else await onEnqueue(draft);
            setEditing(false);
          }}
        />
      )}
    </article>
  );
}
