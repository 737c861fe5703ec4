"use client";
import { useState, useTransition, type FormEvent } from "react";
import { errorMessage } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { mergeReportAction } from "@/lib/actions/citizen-reports";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { ModerationOptions } from "@/lib/server/citizen-reports/list-moderation-options";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** 合并 into an unresolved finding of the city (those of the category's criterion first). */
export function MergeReportForm({ reportId, findings }: { reportId: string; findings: ModerationOptions["findings"] }) {
  const t = useT();
  const [isPending, startTransition] = useTransition();
  const [findingId, setFindingId] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const errors = failure?.fieldErrors?.findingId;
  const id = `merge-${reportId}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await mergeReportAction({ id: reportId, findingId });
      setFailure(result.ok ? null : result);
    });
  }

  const label = (finding: ModerationOptions["findings"][number]) =>
    `${finding.isSameCriterion ? "★ " : ""}${finding.description.slice(0, 40)} · ${finding.department} · ${t("citizenReports.merge.due", { date: finding.dueDate })}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("citizenReports.merge.title")}>
      <Field id={id} label={t("citizenReports.merge.finding")} errors={errors} hint={t("citizenReports.merge.hint")} required>
        <Select
          {...controlA11y(id, errors, t("citizenReports.merge.hint"))}
          value={findingId}
          placeholder={findings.length ? t("citizenReports.merge.choose") : t("citizenReports.merge.none")}
          options={findings.map((finding) => ({ value: finding.id, label: label(finding) }))}
          onChange={(event) => setFindingId(event.target.value)}
        />
      </Field>
      {failure && !errors && <Alert tone="error">{errorMessage(t, failure)}</Alert>}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("citizenReports.merge.submit")}
      </Button>
    </form>
  );
}
