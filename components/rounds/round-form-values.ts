import { idValue, numberValue, textValue } from "@/components/forms/form-values";
import type { CreateRoundInput, RoundKind } from "@/lib/validation/rounds";

export type SiteChoice = "draw" | "hand";

/** The draw's part of the form: seed, per-type counts (blank or 0: none of that type) and streets. */
export function drawSampleOf(form: FormData, siteTypes: readonly string[]): NonNullable<CreateRoundInput["sample"]> {
  const perType: Record<string, number> = {};
  for (const type of siteTypes) {
    const count = numberValue(form, `perType.${type}`);
    if (count !== undefined && count !== 0) perType[type] = count;
  }
  const streets = form.getAll("streets").filter((value): value is string => typeof value === "string");
  return { seed: textValue(form, "seed").trim(), perType, ...(streets.length ? { streets } : {}) };
}

/** The 新建督查 form as `createRound`'s input; the server validates it and answers errors by field. */
export function roundFormInput(form: FormData, siteTypes: readonly string[]): CreateRoundInput {
  const kind = textValue(form, "kind") as RoundKind;
  const base = {
    name: textValue(form, "name").trim(),
    kind,
    periodStart: textValue(form, "periodStart"),
    periodEnd: textValue(form, "periodEnd"),
  };
  const inspectorIds = form.getAll("inspectorIds").filter((value): value is string => typeof value === "string");
  const withInspectors = inspectorIds.length ? { inspectorIds } : {};
  if (kind === "RECHECK") return { ...base, ...withInspectors, sample: { seed: textValue(form, "seed").trim(), count: numberValue(form, "count") } };
  const criterionCodes = form.getAll("criterionCodes").filter((value): value is string => typeof value === "string");
  const choice = (idValue(form, "siteChoice") ?? "draw") as SiteChoice;
  const sites =
    choice === "draw"
      ? { sample: drawSampleOf(form, siteTypes) }
      : { siteIds: form.getAll("siteIds").filter((value): value is string => typeof value === "string") };
  return { ...base, ...sites, ...withInspectors, ...(criterionCodes.length ? { criterionCodes } : {}) };
}
