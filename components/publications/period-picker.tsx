"use client";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { Translate } from "@/lib/i18n/translate";
import { periodRange, type CycleOption, type PeriodChoice, type PeriodKind } from "./period-range";

type Props = {
  idPrefix: string;
  kinds: readonly PeriodKind[];
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
  cycles?: CycleOption[];
  years: number[];
  /** periodStart / periodEnd errors from the server, shown beside the picker. */
  errors?: string[];
  t: Translate;
};

/** 通报类型 and its period: a calendar month, quarter or year, or one of the city's creation cycles. */
export function PeriodPicker({ idPrefix, kinds, value, onChange, cycles = [], years, errors, t }: Props) {
  const range = periodRange(value, cycles);
  const id = (part: string) => `${idPrefix}-${part}`;
  const numbers = (count: number, label: (n: number) => string) =>
    Array.from({ length: count }, (_, index) => ({ value: String(index + 1), label: label(index + 1) }));
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <Field id={id("kind")} label={t("publications.period.kind")}>
            <Select
              id={id("kind")}
              value={value.kind}
              options={kinds.map((kind) => ({ value: kind, label: t(`scorecards.kind.${kind}`) }))}
              onChange={(event) => onChange({ ...value, kind: event.target.value as PeriodKind })}
            />
          </Field>
        </div>
        {value.kind === "CYCLE" ? (
          <div className="w-64">
            <Field id={id("cycle")} label={t("publications.period.cycle")}>
              <Select
                id={id("cycle")}
                value={value.cycleId}
                placeholder={cycles.length ? t("publications.period.chooseCycle") : t("publications.period.noCycles")}
                options={cycles.map((cycle) => ({ value: cycle.id, label: `${cycle.name}（${cycle.startYear}—${cycle.endYear}）` }))}
                onChange={(event) => onChange({ ...value, cycleId: event.target.value })}
              />
            </Field>
          </div>
        ) : (
          <div className="w-32">
            <Field id={id("year")} label={t("publications.period.year")}>
              <Select
                id={id("year")}
                value={String(value.year)}
                options={years.map((year) => ({ value: String(year), label: String(year) }))}
                onChange={(event) => onChange({ ...value, year: Number(event.target.value) })}
              />
            </Field>
          </div>
        )}
        {value.kind === "MONTH" && (
          <div className="w-28">
            <Field id={id("month")} label={t("publications.period.month")}>
              <Select
                id={id("month")}
                value={String(value.month)}
                options={numbers(12, (month) => t("publications.period.monthOption", { month }))}
                onChange={(event) => onChange({ ...value, month: Number(event.target.value) })}
              />
            </Field>
          </div>
        )}
        {value.kind === "QUARTER" && (
          <div className="w-32">
            <Field id={id("quarter")} label={t("publications.period.quarter")}>
              <Select
                id={id("quarter")}
                value={String(value.quarter)}
                options={numbers(4, (quarter) => t("publications.period.quarterOption", { quarter }))}
                onChange={(event) => onChange({ ...value, quarter: Number(event.target.value) })}
              />
            </Field>
          </div>
        )}
      </div>
      {range && (
        <p className="text-sm text-slate-600 tabular-nums" data-testid={id("range")}>
          {t("publications.period.range", { start: range.periodStart, end: range.periodEnd })}
        </p>
      )}
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {errors.join("；")}
        </p>
      ) : null}
    </div>
  );
}
