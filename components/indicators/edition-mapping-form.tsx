"use client";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { saveEditionMappingAction } from "@/lib/actions/edition-mappings";
import { useT } from "@/lib/i18n/client";
import { ImportProblems, type Problem } from "./import-problems";

type Props = { fromEditionId: string; toEditionId: string; text: string };

/** The whole mapping table as editable text; saving replaces it, or lists every problem. */
export function EditionMappingForm({ fromEditionId, toEditionId, text }: Props) {
  const t = useT();
  const router = useRouter();
  const form = useActionForm(saveEditionMappingAction, {
    toInput: (data) => ({ fromEditionId, toEditionId, text: String(data.get("text") ?? "") }),
    onSuccess: () => router.refresh(),
  });
  const failed = form.result && !form.result.ok ? form.result : null;
  const problems = ((failed?.details as { errors?: Problem[] } | undefined)?.errors ?? []) as Problem[];
  return (
    <form onSubmit={form.onSubmit} className="space-y-3">
      <Field id="mapping-text" label={t("mapping.table")} hint={t("mapping.hint")}>
        <textarea
          id="mapping-text"
          name="text"
          defaultValue={text}
          rows={14}
          className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
          aria-describedby="mapping-text-hint"
        />
      </Field>
      {failed && <ImportProblems message={failed.formError ?? t("errors.VALIDATION_FAILED")} problems={problems} />}
      {form.result?.ok && <Alert tone="success">{t("mapping.saved", { count: form.result.data.count })}</Alert>}
      <Button type="submit" variant="primary" disabled={form.isPending}>
        {form.isPending ? t("common.saving") : t("mapping.save")}
      </Button>
    </form>
  );
}
