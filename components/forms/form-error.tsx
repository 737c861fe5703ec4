"use client";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/run-action";
import { useT } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/translate";

// Codes whose server message is generic, so the catalog can say it in the user's language.
const GENERIC_CODES = new Set(["UNAUTHENTICATED", "INTERNAL", "VALIDATION_FAILED", "VERSION_CONFLICT"]);

export function errorMessage(t: Translate, result: Extract<ActionResult<unknown>, { ok: false }>): string {
  if (result.code && GENERIC_CODES.has(result.code)) return t(`errors.${result.code}`);
  if (result.formError) return result.formError;
  return t(result.fieldErrors ? "errors.VALIDATION_FAILED" : "errors.INTERNAL");
}

type Props = {
  result: ActionResult<unknown> | null;
  /** Fields that show their own errors; errors of any other field are listed here. */
  shownFields: string[];
};

/** The form-level error of a failed action (version conflicts have their own notice). */
export function FormError({ result, shownFields }: Props) {
  const t = useT();
  if (!result || result.ok || result.code === "VERSION_CONFLICT") return null;
  const otherErrors = Object.entries(result.fieldErrors ?? {}).filter(([name]) => !shownFields.includes(name));
  return (
    <Alert tone="error">
      <p>{errorMessage(t, result)}</p>
      {otherErrors.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {otherErrors.map(([name, messages]) => (
            <li key={name}>{messages.join("；")}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
