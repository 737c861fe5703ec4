"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteTaskAction } from "@/lib/actions/tasks";
import { useT } from "@/lib/i18n/client";

/** 删除任务 below the edit form: a soft delete of the version being edited, after a confirmation. */
export function TaskFormDelete({ taskId, version, title }: { taskId: string; version: number; title: string }) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function remove() {
    if (!window.confirm(t("taskChanges.form.confirmDelete", { title }))) return;
    startTransition(async () => {
      const result = await deleteTaskAction({ id: taskId, version });
      if (result.ok) router.push("/tasks");
      else setError(errorMessage(t, result));
    });
  }

  return (
    <div className="mt-8 max-w-4xl space-y-2 border-t border-slate-200 pt-4">
      <p className="text-sm text-slate-600">{t("taskChanges.form.deleteHint")}</p>
      <Button variant="danger" disabled={isPending} onClick={remove}>
        {t("taskChanges.form.delete")}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
