"use client";
import { FormError } from "@/components/forms/form-error";
import { textValue } from "@/components/forms/form-values";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { adoptEditionAction } from "@/lib/actions/indicators";
import { useT } from "@/lib/i18n/client";
import type { AdoptEditionInput } from "@/lib/validation/indicator-localization";

type Props = {
  cycle: { id: string; version: number; editionId: string | null };
  editions: Array<{ id: string; code: string; name: string }>;
};

/** Adopt an edition for the current cycle, or change it; the unmatched names come back at once. */
export function AdoptEditionForm({ cycle, editions }: Props) {
  const t = useT();
  const form = useActionForm((input: AdoptEditionInput) => adoptEditionAction(input), {
    toInput: (data) => ({ cycleId: cycle.id, editionId: textValue(data, "editionId"), version: cycle.version }),
  });
  const options = editions.map((edition) => ({ value: edition.id, label: `${edition.name}（${edition.code}）` }));
  const done = form.result?.ok ? form.result.data : null;
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <VersionConflict result={form.result} fields={[{ name: "editionId", label: t("indicators.city.edition") }]} />
      <FormError result={form.result} shownFields={["editionId"]} />
      {done && (
        <Alert tone={done.unmatchedNames.length > 0 ? "warning" : "success"}>
          {done.unmatchedNames.length > 0 ? t("indicators.city.adoptedWithUnmatched", { count: done.unmatchedNames.length }) : t("indicators.city.adopted")}
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-96">
          <SelectField
            id="adopt-edition"
            name="editionId"
            label={t("indicators.city.edition")}
            required
            options={options}
            placeholder={t("indicators.city.chooseEdition")}
            defaultValue={cycle.editionId ?? ""}
            errors={form.errorsOf("editionId")}
          />
        </div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : cycle.editionId ? t("indicators.city.changeEdition") : t("indicators.city.adopt")}
        </Button>
      </div>
      {cycle.editionId && <p className="text-xs text-slate-500">{t("indicators.city.changeHint")}</p>}
    </form>
  );
}
