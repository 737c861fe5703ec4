"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { ChecklistItem } from "@/lib/inspect/api-types";
import type { CheckDraft } from "@/lib/inspect/queued-check";
import type { VisitStatus } from "@/lib/validation/checks";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";

type Props = { roundId: string; siteId: string; openItems: ChecklistItem[]; onEnqueue: (draft: CheckDraft) => Promise<void> };

const STATUSES: Exclude<VisitStatus, "INSPECTED">[] = ["REFUSED", "NOT_INSPECTABLE"];

/** A site that turns the inspector away (or cannot be inspected) is recorded once for every item not yet checked. */
export function SiteRefusal({ roundId, siteId, openItems, onEnqueue }: Props) {
  const t = useT();
  const [visitStatus, setVisitStatus] = useState<(typeof STATUSES)[number]>("REFUSED");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  if (openItems.length === 0) return null;
  const id = `site-refusal-${siteId}`;

  async function submit() {
    if (!reason.trim()) return setError(t("inspect.errors.reasonRequired"));
    setError(null);
    setSaving(true);
    const capturedAt = new Date().toISOString();
    try {
      for (const { criterion } of openItems) {
        await onEnqueue({
          roundId,
          siteId,
          criterionId: criterion.id,
          rubricKind: criterion.rubric.kind,
          visitStatus,
          note: reason.trim(),
          photos: [],
          capturedAt,
        });
      }
      setReason("");
    } catch {
      setError(t("inspect.errors.storeFailed"));
    }
    setSaving(false);
  }

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="min-h-8 cursor-pointer font-medium text-slate-700">{t("inspect.siteRefusal.summary")}</summary>
      <div className="mt-3 space-y-3">
        <div className="grid grid-cols-2 gap-2">
          {STATUSES.map((status) => (
            <label
              key={status}
              className={`flex min-h-12 items-center justify-center rounded-lg border px-2 ${visitStatus === status ? "border-red-700 bg-red-50 font-medium" : "border-slate-300"}`}
            >
              <input type="radio" name={`${id}-status`} className="sr-only" checked={visitStatus === status} onChange={() => setVisitStatus(status)} />
              {t(`inspect.visit.${status}`)}
            </label>
          ))}
        </div>
        <label htmlFor={`${id}-reason`} className="block font-medium text-slate-700">
          {t("inspect.visit.reason")}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={2000}
          className={`${controlClass} text-base`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}
        />
        {error && (
          <p id={`${id}-error`} className="text-red-700">
            {error}
          </p>
        )}
        <Button variant="danger" className="min-h-12 w-full text-base" disabled={isSaving} onClick={() => void submit()}>
          {t("inspect.siteRefusal.apply", { count: openItems.length, status: t(`inspect.visit.${visitStatus}`) })}
        </Button>
      </div>
    </details>
  );
}
