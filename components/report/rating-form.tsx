"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

/** 满意 / 不满意 with an optional comment, once, after the fix was verified. */
export function RatingForm({ code }: { code: string }) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const choice = data.get("satisfied");
    if (choice !== "yes" && choice !== "no") return setErrors({ satisfied: [t("report.rating.choose")] });
    setSending(true);
    setErrors({});
    setFormError(null);
    try {
      const response = await fetch(`/api/public/v1/reports/${encodeURIComponent(code)}/rating`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ satisfied: choice === "yes", comment: data.get("comment") ?? "" }),
      });
      if (response.ok) return router.refresh();
      const body = (await response.json().catch(() => ({}))) as { error?: { message?: string }; fieldErrors?: FieldErrors };
      setErrors(body.fieldErrors ?? {});
      setFormError(body.error?.message ?? t("report.rating.failed"));
    } catch {
      setFormError(t("report.rating.failed"));
    } finally {
      setSending(false);
    }
  };

  const choiceErrors = errors.satisfied;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="report-rate" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="report-rate" className="text-base font-semibold text-slate-900">
        {t("report.rating.title")}
      </h2>
      <fieldset className="space-y-2" aria-describedby={choiceErrors ? "report-satisfied-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("report.rating.question")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["yes", "no"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="satisfied" value={value} className="h-4 w-4" />
              {t(value === "yes" ? "report.rating.satisfied" : "report.rating.dissatisfied")}
            </label>
          ))}
        </div>
        {choiceErrors && (
          <p id="report-satisfied-error" className="text-sm text-red-700">
            {choiceErrors.join("；")}
          </p>
        )}
      </fieldset>
      <Field id="report-comment" label={t("report.rating.comment")} errors={errors.comment}>
        <textarea {...controlA11y("report-comment", errors.comment)} name="comment" rows={3} maxLength={500} className={controlClass} />
      </Field>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" disabled={isSending}>
        {t(isSending ? "report.rating.submitting" : "report.rating.submit")}
      </Button>
    </form>
  );
}
