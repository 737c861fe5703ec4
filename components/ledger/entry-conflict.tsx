"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";
import type { Figure, LedgerEntryRow } from "@/lib/validation/ledger";
import { figureText } from "./figures-text";

export type EntryVersion = { effectiveDate: string; text: string; figures: Figure[] };

function Version({ title, version, note }: { title: string; version: EntryVersion; note?: string }) {
  const t = useT();
  return (
    <section className="min-w-0 flex-1 rounded border border-amber-200 bg-white p-2">
      <h4 className="font-medium">{title}</h4>
      {note && <p className="text-xs text-amber-800">{note}</p>}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-amber-800">{t("ledger.effectiveDate")}</dt>
        <dd>{version.effectiveDate}</dd>
        <dt className="text-amber-800">{t("ledger.text")}</dt>
        <dd className="whitespace-pre-wrap break-words">{version.text}</dd>
        <dt className="text-amber-800">{t("ledger.figures")}</dt>
        <dd>{version.figures.length ? version.figures.map(figureText).join("；") : "—"}</dd>
      </dl>
    </section>
  );
}

/**
 * Someone saved this entry first: the latest version beside the one the user tried to save, so
 * nothing typed is lost; loading the latest reopens the form on it.
 */
export function EntryConflict({ current, yours, onLoadLatest }: { current: LedgerEntryRow; yours: EntryVersion; onLoadLatest: () => void }) {
  const t = useT();
  return (
    <Alert tone="warning">
      <p className="font-medium">{t("ledger.conflictTitle")}</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <Version
          title={t("ledger.conflictLatest")}
          version={current}
          note={t("ledger.conflictLatestNote", { status: t(`ledger.status.${current.reviewStatus}`), version: current.version })}
        />
        <Version title={t("ledger.conflictYours")} version={yours} note={t("ledger.conflictYoursNote")} />
      </div>
      <Button variant="secondary" size="sm" className="mt-2" onClick={onLoadLatest}>
        {t("errors.loadLatest")}
      </Button>
    </Alert>
  );
}
