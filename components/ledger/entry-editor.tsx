"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import { EntryConflict, type EntryVersion } from "./entry-conflict";
import { figuresFromField } from "./figures-text";
import { LedgerEntryFields } from "./ledger-entry-fields";
import { useLedgerSubmit } from "./use-ledger-submit";

/** 编辑: change an entry's date, text and figures, add or remove evidence; a stale version shows both versions. */
export function EntryEditor({ entry, today }: { entry: LedgerEntryRow; today: string }) {
  const t = useT();
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [yours, setYours] = useState<EntryVersion | null>(null);
  const { submit, reset, isPending, fieldErrors, formError, failure } = useLedgerSubmit<LedgerEntryRow>();
  const conflict = failure?.code === "VERSION_CONFLICT" ? (failure.body.current as LedgerEntryRow | undefined) : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("version", String(entry.version));
    setYours({ effectiveDate: String(data.get("effectiveDate") ?? ""), text: String(data.get("text") ?? ""), figures: figuresFromField(data.get("figures")) });
    const saved = await submit(`/api/v1/ledger-entries/${encodeURIComponent(entry.id)}`, "PATCH", data);
    if (saved) setOpen(false);
  }

  if (!isOpen)
    return (
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {t("ledger.edit")}
      </Button>
    );
  const idPrefix = `edit-${entry.id}-v${entry.version}`;
  return (
    <form
      key={idPrefix}
      onSubmit={onSubmit}
      noValidate
      className="w-full space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      aria-label={t("ledger.editTitle")}
    >
      {conflict && yours && (
        <EntryConflict
          current={conflict}
          yours={yours}
          onLoadLatest={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      )}
      <LedgerEntryFields
        idPrefix={idPrefix}
        today={today}
        errors={fieldErrors}
        evidenceLabel={t("ledger.addEvidence")}
        initial={{ effectiveDate: entry.effectiveDate, text: entry.text, figures: entry.figures }}
      />
      {entry.evidence.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-700">{t("ledger.removeEvidence")}</legend>
          {entry.evidence.map((file) => (
            <label key={file.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeEvidenceIds" value={file.id} />
              {file.originalName}
            </label>
          ))}
          {fieldErrors.removeEvidenceIds && <p className="text-sm text-red-700">{fieldErrors.removeEvidenceIds.join("；")}</p>}
        </fieldset>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? t("ledger.submitting") : t("ledger.saveEdit")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
