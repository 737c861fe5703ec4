"use client";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { numberValue } from "@/components/forms/form-values";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { VersionConflict } from "@/components/forms/version-conflict";
import { Button } from "@/components/ui/button";
import { updateCitySettingsAction } from "@/lib/actions/city-settings";
import { useT } from "@/lib/i18n/client";
import type { CitySettingsRow, UpdateCitySettingsInput } from "@/lib/validation/city-settings";

const FIELDS = ["rectificationDays", "appealDays", "inspectorsMayCreateRounds", "autoDispatchFindings"];

/** The city's rectification window, round and dispatch rules and appeal window. Key it by the version. */
function CitySettingsFormFields({ settings, isSaved, onSaved }: { settings: CitySettingsRow; isSaved: boolean; onSaved: (version: number) => void }) {
  const t = useT();
  const toInput = (form: FormData): UpdateCitySettingsInput => ({
    cityId: settings.cityId,
    version: settings.version,
    rectificationDays: numberValue(form, "rectificationDays") ?? "",
    appealDays: numberValue(form, "appealDays") ?? "",
    inspectorsMayCreateRounds: form.get("inspectorsMayCreateRounds") === "on",
    autoDispatchFindings: form.get("autoDispatchFindings") === "on",
  });
  const form = useActionForm(updateCitySettingsAction, { toInput, onSuccess: (saved) => onSaved(saved.version) });
  const label = (name: string) => t(`citySettings.fields.${name}`);

  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <VersionConflict result={form.result} fields={[...FIELDS, "version"].map((name) => ({ name, label: label(name) }))} />
      <FormError result={form.result} shownFields={FIELDS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="settings-rectificationDays"
          name="rectificationDays"
          label={label("rectificationDays")}
          type="number"
          inputMode="numeric"
          defaultValue={settings.rectificationDays}
          hint={t("citySettings.hints.rectificationDays")}
          errors={form.errorsOf("rectificationDays")}
        />
        <TextField
          id="settings-appealDays"
          name="appealDays"
          label={label("appealDays")}
          type="number"
          inputMode="numeric"
          defaultValue={settings.appealDays}
          hint={t("citySettings.hints.appealDays")}
          errors={form.errorsOf("appealDays")}
        />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="inspectorsMayCreateRounds" defaultChecked={settings.inspectorsMayCreateRounds} className="size-4" />
        {label("inspectorsMayCreateRounds")}
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="autoDispatchFindings" defaultChecked={settings.autoDispatchFindings} className="size-4" />
        {label("autoDispatchFindings")}
      </label>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? t("common.saving") : t("common.save")}
        </Button>
        {isSaved && <span className="text-sm text-green-800">{t("common.saved")}</span>}
      </div>
    </form>
  );
}

/**
 * A save re-renders the page with the new version, which remounts the fields (so a version
 * conflict's 载入最新 shows the stored values); the saved notice lives out here to survive that.
 */
export function CitySettingsForm({ settings }: { settings: CitySettingsRow }) {
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return <CitySettingsFormFields key={settings.version} settings={settings} isSaved={savedVersion === settings.version} onSaved={setSavedVersion} />;
}
