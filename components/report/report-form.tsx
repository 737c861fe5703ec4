"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlA11y, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { HONEYPOT_FIELD, REPORT_PHOTOS_FIELD, reportFields } from "@/lib/domain/citizen-reports/report-input";
import type { FieldErrors } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import type { ReportFormCity } from "@/lib/server/citizen-reports/get-report-form-options";
import { ProofStatus } from "./proof-status";
import { ReportLocation, type Position } from "./report-location";
import { ReportPhotosField } from "./report-photos-field";
import { ReportSubmitted } from "./report-submitted";
import { sendReport } from "./send-report";
import { useAltchaProof } from "./use-altcha-proof";

type Props = { cities: ReportFormCity[]; presetCity?: string; maxFileBytes: number };

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return errors;
}

/**
 * 文明随手拍: the proof of work runs in a worker from the moment the page opens; pressing 提交
 * checks the fields here (the same schema as the server), then sends once the proof is ready.
 */
export function ReportForm({ cities, presetCity, maxFileBytes }: Props) {
  const t = useT();
  const { proof, renew } = useAltchaProof();
  const [city, setCity] = useState(cities.some((option) => option.slug === presetCity) ? presetCity! : cities.length === 1 ? cities[0].slug : "");
  const [position, setPosition] = useState<Position>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [photoProblems, setPhotoProblems] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<FormData | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const retried = useRef(false);
  const isSending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const categories = cities.find((option) => option.slug === city)?.categories ?? [];

  useEffect(() => {
    if (!pending || proof.status !== "ready" || isSending.current) return;
    const form = new FormData();
    for (const [name, value] of pending) form.append(name, value);
    form.set("altcha", proof.payload);
    isSending.current = true;
    sendReport(form, t("report.failed")).then((outcome) => {
      isSending.current = false;
      if (outcome.ok) {
        setPending(null);
        setCode(outcome.code);
      } else if (outcome.isStaleProof && !retried.current) {
        // A proof that expired while the resident wrote: solve a new one and send again, once.
        retried.current = true;
        setFormError(t("report.challengeExpired"));
        renew();
      } else {
        setPending(null);
        setErrors(outcome.isStaleProof ? {} : (outcome.fieldErrors ?? {}));
        setFormError(outcome.isStaleProof ? t("report.failed") : (outcome.formError ?? null));
        renew();
      }
    });
  }, [pending, proof, renew, t]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fields = Object.fromEntries([...data].filter(([name]) => name !== REPORT_PHOTOS_FIELD));
    const checked = reportFields.safeParse(fields);
    const found = checked.success ? {} : fieldErrorsOf(checked.error.issues);
    setErrors(found);
    setFormError(Object.keys(found).length ? t("report.checkFields") : null);
    if (Object.keys(found).length || photoProblems.length) return;
    retried.current = false;
    setPending(data);
  };

  const another = () => {
    formRef.current?.reset();
    setCode(null);
    setPosition(null);
    setErrors({});
    setFormError(null);
    renew();
  };

  if (code) return <ReportSubmitted code={code} onAnother={another} />;
  const isBusy = pending !== null;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={isBusy}>
      <SelectField
        id="report-city"
        name="city"
        label={t("report.city")}
        required
        value={city}
        onChange={(event) => setCity(event.currentTarget.value)}
        placeholder={t("report.cityPlaceholder")}
        options={cities.map((option) => ({ value: option.slug, label: option.name }))}
        errors={errors.city}
      />
      <SelectField
        id="report-category"
        name="category"
        label={t("report.category")}
        required
        defaultValue=""
        key={city}
        placeholder={t("report.categoryPlaceholder")}
        options={categories.map((name) => ({ value: name, label: name }))}
        errors={errors.category}
      />
      <Field id="report-description" label={t("report.description")} hint={t("report.descriptionHint")} errors={errors.description} required>
        <textarea
          {...controlA11y("report-description", errors.description, t("report.descriptionHint"))}
          name="description"
          rows={4}
          maxLength={1000}
          required
          className={controlClass}
        />
      </Field>
      <TextField id="report-street" name="street" label={t("report.street")} required maxLength={100} errors={errors.street} autoComplete="off" />
      <TextField
        id="report-address"
        name="address"
        label={t("report.address")}
        hint={t("report.addressHint")}
        required
        maxLength={200}
        errors={errors.address}
      />
      <ReportLocation position={position} onChange={setPosition} errors={[...(errors.latitude ?? []), ...(errors.longitude ?? [])]} />
      <ReportPhotosField maxFileBytes={maxFileBytes} errors={[...photoProblems, ...(errors[REPORT_PHOTOS_FIELD] ?? [])]} onProblems={setPhotoProblems} />
      <TextField
        id="report-contact"
        name="contact"
        label={t("report.contact")}
        hint={t("report.contactHint")}
        maxLength={100}
        errors={errors.contact}
        autoComplete="tel"
      />
      {/* A robot fills every field it finds; a person never sees this one (nor does a screen reader). */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="report-website">{t("report.honeypot")}</label>
        <input id="report-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <ProofStatus proof={proof} onRetry={renew} />
      {formError && <Alert tone={isBusy ? "info" : "error"}>{formError}</Alert>}
      <Button type="submit" disabled={isBusy || proof.status === "failed"}>
        {isBusy ? t(proof.status === "ready" ? "report.submitting" : "report.waitingForProof") : t("report.submit")}
      </Button>
    </form>
  );
}
