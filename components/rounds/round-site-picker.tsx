"use client";
import { useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useT } from "@/lib/i18n/client";
import type { RoundFormSite } from "@/lib/validation/round-form";

type Props = { sites: RoundFormSite[]; siteTypes: string[]; streets: string[]; errors?: string[] };

/** Choosing sites by hand: filter by type, street or text; the ticked ones are kept while the filter changes. */
export function RoundSitePicker({ sites, siteTypes, streets, errors }: Props) {
  const t = useT();
  const [type, setType] = useState("");
  const [street, setStreet] = useState("");
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const shown = useMemo(
    () =>
      sites.filter(
        (site) => (!type || site.siteType === type) && (!street || site.street === street) && (!text || site.name.includes(text) || site.code.includes(text)),
      ),
    [sites, type, street, text],
  );
  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? "round-siteIds-error" : undefined}>
      <legend className="text-sm font-medium text-slate-700">{t("rounds.form.handTitle", { count: chosen.size })}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        <Select
          aria-label={t("rounds.form.filterType")}
          value={type}
          onChange={(e) => setType(e.target.value)}
          placeholder={t("rounds.form.allTypes")}
          options={siteTypes.map((name) => ({ value: name, label: name }))}
        />
        <Select
          aria-label={t("rounds.form.filterStreet")}
          value={street}
          onChange={(e) => setStreet(e.target.value)}
          placeholder={t("rounds.form.allStreets")}
          options={streets.map((name) => ({ value: name, label: name }))}
        />
        <Input
          aria-label={t("rounds.form.filterText")}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("rounds.form.filterText")}
        />
      </div>
      {/* Ticked sites hidden by the filter are still sent. */}
      {[...chosen]
        .filter((id) => !shown.some((site) => site.id === id))
        .map((id) => (
          <input key={id} type="hidden" name="siteIds" value={id} />
        ))}
      <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white">
        {shown.map((site) => (
          <li key={site.id}>
            <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm">
              <input
                type="checkbox"
                name="siteIds"
                value={site.id}
                checked={chosen.has(site.id)}
                onChange={(e) => toggle(site.id, e.target.checked)}
                className="size-4"
              />
              <span className="tabular-nums text-slate-500">{site.code}</span>
              <span className="flex-1">{site.name}</span>
              <span className="text-xs text-slate-500">
                {site.siteType} · {site.street ?? "—"}
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="px-3 py-4 text-center text-sm text-slate-500">{t("rounds.form.noSites")}</li>}
      </ul>
      {errors?.length ? (
        <p id="round-siteIds-error" className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </fieldset>
  );
}
