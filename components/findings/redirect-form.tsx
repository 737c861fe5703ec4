"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { redirectFindingAction } from "@/lib/actions/findings";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** 改派 to another of the check's departments. */
export function RedirectForm({ finding, departments }: { finding: { id: string; version: number }; departments: { id: string; name: string }[] }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [departmentId, setDepartmentId] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = `redirect-${finding.id}`;
  const errors = failure?.fieldErrors?.departmentId;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await redirectFindingAction({ id: finding.id, version: finding.version, departmentId });
      setFailure(result.ok ? null : result);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-full sm:w-56">
        <Field id={id} label={t("findings.redirect.department")} errors={errors}>
          <Select
            {...controlA11y(id, errors)}
            value={departmentId}
            placeholder={t("findings.redirect.choose")}
            options={departments.map((department) => ({ value: department.id, label: department.name }))}
            onChange={(event) => setDepartmentId(event.target.value)}
          />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isPending || !departmentId}>
        {t("findings.redirect.submit")}
      </Button>
      {failure && !errors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
    </form>
  );
}
