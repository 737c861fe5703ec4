"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  previewProvincePublicationAction,
  previewPublicationAction,
  publishProvincePublicationAction,
  publishPublicationAction,
} from "@/lib/actions/publications";
import type { FieldErrors } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { PeriodPicker } from "./period-picker";
import { defaultChoice, periodRange, type CycleOption, type PeriodChoice, type PeriodKind } from "./period-range";
import { PublishSteps } from "./publish-steps";

type Props = {
  /** CITY: the office's 发布期间通报; PROVINCE: the supervisor's 发布全省排名. */
  scope: "CITY" | "PROVINCE";
  today: string;
  years: number[];
  cycles?: CycleOption[];
};

const KINDS = { CITY: ["MONTH", "QUARTER", "YEAR", "CYCLE"], PROVINCE: ["MONTH", "QUARTER", "YEAR"] } as const satisfies Record<string, readonly PeriodKind[]>;

/** A period's publication: choose the period, preview exactly what would be frozen, then publish it. */
export function PeriodPublishForm({ scope, today, years, cycles = [] }: Props) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice(today, cycles));
  const [periodErrors, setPeriodErrors] = useState<FieldErrors | undefined>();
  const range = periodRange(choice, cycles);
  const prefix = scope === "CITY" ? "publications.period" : "publications.province";
  const idPrefix = `publish-${scope.toLowerCase()}`;

  if (!isOpen) {
    return (
      <Button variant="primary" onClick={() => setIsOpen(true)}>
        {t(`${prefix}.open`)}
      </Button>
    );
  }
  const target = range ? { kind: choice.kind, ...range } : null;
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="w-full space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${idPrefix}-heading`} className="text-base font-semibold text-slate-900">
          {t(`${prefix}.title`)}
        </h2>
        <Button variant="ghost" size="sm" onClick={() => setIsOpen(false)}>
          {t("publications.period.close")}
        </Button>
      </div>
      <p className="text-sm text-slate-600">{t(`${prefix}.intro`)}</p>
      <PeriodPicker
        idPrefix={idPrefix}
        kinds={KINDS[scope]}
        value={choice}
        onChange={setChoice}
        cycles={cycles}
        years={years}
        errors={[...(periodErrors?.periodStart ?? []), ...(periodErrors?.periodEnd ?? []), ...(periodErrors?.kind ?? [])]}
        t={t}
      />
      {/* A new period starts the steps over: the preview shown is always of the period chosen. */}
      <PublishSteps
        key={JSON.stringify(target)}
        idPrefix={idPrefix}
        disabled={!target}
        onFieldErrors={setPeriodErrors}
        preview={() => (scope === "CITY" ? previewPublicationAction(target!) : previewProvincePublicationAction(target!))}
        publish={(texts) =>
          scope === "CITY" ? publishPublicationAction({ ...target!, ...texts }) : publishProvincePublicationAction({ ...target!, ...texts })
        }
      />
    </section>
  );
}
