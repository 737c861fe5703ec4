"use client";
import { useState, useTransition } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deleteDepartmentAction, restoreDepartmentAction } from "@/lib/actions/departments";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { DepartmentRow } from "@/lib/validation/departments";

/** Soft-delete a department, or restore a deleted one. */
export function DepartmentLifecycle({ department }: { department: Pick<DepartmentRow, "id" | "version" | "name" | "deletedAt"> }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Extract<ActionResult<unknown>, { ok: false }> | null>(null);
  const isDeleted = department.deletedAt !== null;

  function run() {
    if (!isDeleted && !window.confirm(t("departments.confirmDelete", { name: department.name }))) return;
    const input = { id: department.id, version: department.version };
    startTransition(async () => {
      const result = await (isDeleted ? restoreDepartmentAction(input) : deleteDepartmentAction(input));
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <div className="space-y-2">
      {failure && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button variant={isDeleted ? "secondary" : "danger"} disabled={isPending} onClick={run}>
        {isDeleted ? t("departments.restore") : t("departments.delete")}
      </Button>
    </div>
  );
}
