"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { correctPublicationAction } from "@/lib/actions/publications";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import { PublicationTextsFields, type PublicationTexts } from "./publication-texts-fields";

type Props = {
  publicationId: string;
  scope: "CITY" | "PROVINCE";
  /** Open with this failed attempt shown (server-rendered tests). */
  initialResult?: ActionResult<unknown> | null;
};

/** 更正: the reason (required) and optional new 标题/摘要; the correction is computed afresh and opens on its own page. */
export function CorrectionForm({ publicationId, scope, initialResult = null }: Props) {
  const t = useT();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [isOpen, setIsOpen] = useState(initialResult !== null);
  const [reason, setReason] = useState("");
  const [texts, setTexts] = useState<PublicationTexts>({ title: "", summary: "" });
  const [result, setResult] = useState<ActionResult<unknown> | null>(initialResult);
  const id = `correction-${publicationId}`;
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  if (!isOpen) {
    return (
      <Button variant="secondary" size="sm" className="print:hidden" onClick={() => setIsOpen(true)}>
        {t("publications.correction.open")}
      </Button>
    );
  }
  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="max-w-2xl space-y-3 rounded-lg border border-amber-200 bg-amber-50/40 p-4 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const answer = await correctPublicationAction({ id: publicationId, scope, reason, ...texts });
          setResult(answer);
          if (answer.ok) router.push(answer.data.href);
        });
      }}
    >
      <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
        {t("publications.correction.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("publications.correction.intro")}</p>
      <Field id={`${id}-reason`} label={t("publications.correction.reason")} hint={t("publications.correction.reasonHint")} errors={errors?.reason} required>
        <textarea
          {...controlA11y(`${id}-reason`, errors?.reason, t("publications.correction.reasonHint"))}
          name="reason"
          rows={3}
          maxLength={1000}
          className={controlClass}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
      <PublicationTextsFields idPrefix={id} value={texts} onChange={setTexts} errors={errors} t={t} />
      <FormError result={result} shownFields={["reason", "title", "summary"]} />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isPending}>
          {t("publications.correction.submit")}
        </Button>
        <Button variant="ghost" disabled={isPending} onClick={() => setIsOpen(false)}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
