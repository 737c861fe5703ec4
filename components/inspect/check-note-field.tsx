"use client";
import type { Dispatch, SetStateAction } from "react";
import { useT } from "@/lib/i18n/client";
import type { VisitStatus } from "@/lib/validation/checks";
import { controlClass } from "@/components/ui/input";
import { QuickPhrases } from "./quick-phrases";

type Props = {
  id: string;
  visitStatus: VisitStatus;
  note: string;
  onChange: Dispatch<SetStateAction<string>>;
  error?: string;
  /** 常用语 add common problem phrases to the note. */
  withPhrases: boolean;
};

/** A check's note (说明), or the reason when the site was not inspected; shared by saving and correcting a check. */
export function CheckNoteField({ id, visitStatus, note, onChange, error, withPhrases }: Props) {
  const t = useT();
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
        {visitStatus === "INSPECTED" ? t("inspect.note.label") : t("inspect.visit.reason")}
      </label>
      <textarea
        id={`${id}-note`}
        rows={3}
        className={`${controlClass} text-base`}
        value={note}
        maxLength={2000}
        onChange={(event) => onChange(event.target.value)}
        {...(error ? { "aria-invalid": true, "aria-describedby": `${id}-note-error` } : {})}
      />
      {error && (
        <p id={`${id}-note-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      {withPhrases && <QuickPhrases onPick={(phrase) => onChange((current) => (current.trim() ? `${current.trim()}；${phrase}` : phrase))} />}
    </div>
  );
}
