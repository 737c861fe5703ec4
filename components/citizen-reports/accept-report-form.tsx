"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { acceptReportAction } from "@/lib/actions/citizen-reports";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { ModerationOptions } from "@/lib/server/citizen-reports/list-moderation-options";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** 受理: the department (those responsible for the category's criterion suggested first), the criterion and the due date. */
export function AcceptReportForm({
  reportId,
  options,
}: {
  reportId: string;
  options: Pick<ModerationOptions, "departments" | "criteria" | "defaultCriterionId">;
}) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const suggested = options.departments.find((department) => department.isSuggested);
  const [departmentId, setDepartmentId] = useState(suggested?.id ?? "");
  const [criterionId, setCriterionId] = useState(options.defaultCriterionId ?? "");
  const [dueDate, setDueDate] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const errors = failure?.fieldErrors ?? {};
  const shown = ["departmentId", "criterionId", "dueDate"];
  const id = (name: string) => `accept-${name}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await acceptReportAction({ id: reportId, departmentId, criterionId: criterionId || undefined, dueDate: dueDate || undefined });
      setFailure(result.ok ? null : result);
      if (result.ok && result.data.findingId) router.push(`/findings/${result.data.findingId}`);
    });
  }

  const departmentLabel = (department: ModerationOptions["departments"][number]) =>
    department.isSuggested ? t("citizenReports.accept.suggested", { name: department.name }) : department.name;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("citizenReports.accept.title")}>
      <Field id={id("departmentId")} label={t("citizenReports.accept.department")} errors={errors.departmentId} required>
        <Select
          {...controlA11y(id("departmentId"), errors.departmentId)}
          value={departmentId}
          placeholder={t("citizenReports.accept.chooseDepartment")}
          options={options.departments.map((department) => ({ value: department.id, label: departmentLabel(department) }))}
          onChange={(event) => setDepartmentId(event.target.value)}
        />
      </Field>
      <Field id={id("criterionId")} label={t("citizenReports.accept.criterion")} errors={errors.criterionId} hint={t("citizenReports.accept.criterionHint")}>
        <Select
          {...controlA11y(id("criterionId"), errors.criterionId, t("citizenReports.accept.criterionHint"))}
          value={criterionId}
          placeholder={t("citizenReports.accept.noCriterion")}
          options={options.criteria.map((criterion) => ({ value: criterion.id, label: `${criterion.code} ${criterion.name}` }))}
          onChange={(event) => setCriterionId(event.target.value)}
        />
      </Field>
      <Field id={id("dueDate")} label={t("citizenReports.accept.dueDate")} errors={errors.dueDate} hint={t("citizenReports.accept.dueDateHint")}>
        <input
          {...controlA11y(id("dueDate"), errors.dueDate, t("citizenReports.accept.dueDateHint"))}
          type="date"
          value={dueDate}
          className={controlClass}
          onChange={(event) => setDueDate(event.target.value)}
        />
      </Field>
      {failure && !shown.some((name) => errors[name]) && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" disabled={isPending}>
        {t("citizenReports.accept.submit")}
      </Button>
    </form>
  );
}
