"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { useUploadLimit } from "./upload-limit";
import { sendLedgerForm, type FieldErrors, type SendResult } from "./send-ledger-form";

// Fields whose errors the ledger forms show beside the field; others go above the button.
const SHOWN = ["effectiveDate", "text", "figures", "departmentId", "evidence", "taskId", "removeEvidenceIds"];
const isShown = (key: string) => SHOWN.includes(key) || key.startsWith("figures.");

/** Submits a ledger form to the API; keeps field errors, a form error and whether it went through. */
export function useLedgerSubmit<T>() {
  const t = useT();
  const router = useRouter();
  const maxFileBytes = useUploadLimit();
  const [isPending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<Extract<SendResult<T>, { ok: false }> | null>(null);

  async function submit(url: string, method: "POST" | "PATCH", form: FormData): Promise<T | null> {
    setPending(true);
    const result = await sendLedgerForm<T>(url, method, form, maxFileBytes);
    setPending(false);
    if (result.ok) {
      setFieldErrors({});
      setFormError(null);
      setFailure(null);
      router.refresh();
      return result.data;
    }
    setFailure(result);
    setFieldErrors(result.fieldErrors);
    const unshown = Object.entries(result.fieldErrors)
      .filter(([key]) => !isShown(key))
      .flatMap(([, messages]) => messages);
    const onlyFields = Object.keys(result.fieldErrors).length > 0 && unshown.length === 0;
    if (result.status === 0) setFormError(t("errors.INTERNAL"));
    else if (result.code === "VERSION_CONFLICT") setFormError(null);
    else if (onlyFields) setFormError(t("errors.VALIDATION_FAILED"));
    else setFormError([result.status === 422 ? t("errors.VALIDATION_FAILED") : (result.message ?? t("errors.INTERNAL")), ...unshown].join(" "));
    return null;
  }

  function reset() {
    setFieldErrors({});
    setFormError(null);
    setFailure(null);
  }

  return { submit, reset, isPending, fieldErrors, formError, failure };
}
