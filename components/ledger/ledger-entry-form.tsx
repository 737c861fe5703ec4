"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { todayInShanghai } from "@/lib/domain/dates";
import { useT } from "@/lib/i18n/client";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import { LedgerEntryFields, type WritingDepartment } from "./ledger-entry-fields";
import { useLedgerSubmit } from "./use-ledger-submit";

type Props = {
  taskId: string;
  /** The office's choice of department; omitted for a liaison. */
  departments?: WritingDepartment[];
  /** Today in Asia/Shanghai (the default and latest 工作日期); the browser's clock otherwise. */
  today?: string;
};

/** 填报台账 on a task: the entry and its evidence go to POST /api/v1/tasks/{id}/ledger-entries as FormData. */
export function LedgerEntryForm({ taskId, departments, today }: Props) {
  const t = useT();
  const { submit, isPending, fieldErrors, formError } = useLedgerSubmit<LedgerEntryRow>();
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const idPrefix = `ledger-${taskId}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    const entry = await submit(`/api/v1/tasks/${encodeURIComponent(taskId)}/ledger-entries`, "POST", new FormData(form));
    if (!entry) return;
    form.reset();
    setGeneration((value) => value + 1);
    setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("ledger.addTitle")}>
      <LedgerEntryFields key={generation} idPrefix={idPrefix} today={today ?? todayInShanghai()} errors={fieldErrors} departments={departments} />
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{t("ledger.submitted")}</Alert>}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("ledger.submitting") : t("ledger.submit")}
      </Button>
    </form>
  );
}
