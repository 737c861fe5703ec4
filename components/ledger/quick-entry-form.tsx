"use client";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/forms/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { todayInShanghai } from "@/lib/domain/dates";
import { useT } from "@/lib/i18n/client";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import { LedgerEntryFields } from "./ledger-entry-fields";
import { useLedgerSubmit } from "./use-ledger-submit";

type QuickTask = { id: string; title: string; deadline: string | null };

/** One phone-sized screen: pick the task, say what was done, attach photos, submit. */
export function QuickEntryForm({ tasks }: { tasks: QuickTask[] }) {
  const t = useT();
  const { submit, isPending, fieldErrors, formError } = useLedgerSubmit<LedgerEntryRow>();
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [taskError, setTaskError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const taskId = String(data.get("taskId") ?? "");
    setSaved(null);
    if (!taskId) return setTaskError(t("ledger.chooseTask"));
    setTaskError(null);
    data.delete("taskId");
    const entry = await submit(`/api/v1/tasks/${encodeURIComponent(taskId)}/ledger-entries`, "POST", data);
    if (!entry) return;
    form.reset();
    // The next entry is often for the same task: keep it chosen.
    (form.elements.namedItem("taskId") as HTMLSelectElement).value = taskId;
    setGeneration((value) => value + 1);
    setSaved(tasks.find((task) => task.id === taskId)?.title ?? "");
  }

  if (tasks.length === 0) return <p className="text-sm text-slate-500">{t("ledger.noTasks")}</p>;
  const options = tasks.map((task) => ({
    value: task.id,
    label: task.deadline ? t("ledger.taskOption", { title: task.title, deadline: task.deadline }) : task.title,
  }));
  return (
    <form onSubmit={onSubmit} noValidate className="mx-auto max-w-lg space-y-4" aria-label={t("ledger.quickTitle")}>
      <SelectField
        id="quick-entry-task"
        name="taskId"
        label={t("ledger.task")}
        options={options}
        placeholder={t("ledger.chooseTask")}
        errors={taskError ? [taskError] : fieldErrors.taskId}
        required
      />
      <LedgerEntryFields key={generation} idPrefix="quick-entry" today={todayInShanghai()} errors={fieldErrors} />
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved !== null && <Alert tone="success">{t("ledger.submittedFor", { title: saved })}</Alert>}
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("ledger.submitting") : t("ledger.submit")}
      </Button>
    </form>
  );
}
