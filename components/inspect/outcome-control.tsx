"use client";
import { useT } from "@/lib/i18n/client";
import type { Rubric } from "@/lib/inspect/api-types";
import { gradesOf, type OutcomeInput } from "@/lib/inspect/outcome-input";
import { Input } from "@/components/ui/input";

type Props = { id: string; rubric: Rubric; value: OutcomeInput; onChange: (value: OutcomeInput) => void; error?: string };

const choiceClass = (isOn: boolean) =>
  `min-h-12 flex-1 rounded-lg border px-3 text-base font-medium ${isOn ? "border-red-700 bg-red-700 text-white" : "border-slate-300 bg-white text-slate-800"}`;

/** The one control each rubric kind needs: pass/fail, a count of problems, a grade, or a measured value. */
export function OutcomeControl({ id, rubric, value, onChange, error }: Props) {
  const t = useT();
  const errorText = error ? (
    <p id={`${id}-error`} className="text-sm text-red-700">
      {error}
    </p>
  ) : null;
  const a11y = error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};

  switch (rubric.kind) {
    case "PASS_FAIL":
    case "PROPORTION":
      return (
        <fieldset className="space-y-1" {...a11y}>
          <legend className="sr-only">{t("inspect.outcome.passLegend")}</legend>
          <div className="flex gap-2">
            <button
              type="button"
              aria-pressed={value.pass === true}
              className={choiceClass(value.pass === true)}
              onClick={() => onChange({ ...value, pass: true })}
            >
              {t("inspect.outcome.pass")}
            </button>
            <button
              type="button"
              aria-pressed={value.pass === false}
              className={choiceClass(value.pass === false)}
              onClick={() => onChange({ ...value, pass: false })}
            >
              {t("inspect.outcome.fail")}
            </button>
          </div>
          {errorText}
        </fieldset>
      );
    case "DEDUCT":
      return (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {t("inspect.outcome.findings")}
          </label>
          <div className="flex items-center gap-2">
            <button
              type="button"
              aria-label={t("inspect.outcome.decrease")}
              className={choiceClass(false)}
              onClick={() => onChange({ ...value, findings: Math.max(0, value.findings - 1) })}
            >
              −
            </button>
            <Input
              id={id}
              inputMode="numeric"
              pattern="[0-9]*"
              className="min-h-12 flex-1 text-center text-lg"
              value={String(value.findings)}
              onChange={(event) => onChange({ ...value, findings: event.target.value === "" ? 0 : Number(event.target.value) })}
              {...a11y}
            />
            <button
              type="button"
              aria-label={t("inspect.outcome.increase")}
              className={choiceClass(false)}
              onClick={() => onChange({ ...value, findings: value.findings + 1 })}
            >
              +
            </button>
          </div>
          {errorText}
        </div>
      );
    case "GRADED":
      return (
        <fieldset className="space-y-1" {...a11y}>
          <legend className="text-sm font-medium text-slate-700">{t("inspect.outcome.grade")}</legend>
          <div className="flex flex-wrap gap-2">
            {gradesOf(rubric).map((grade) => (
              <button
                key={grade}
                type="button"
                aria-pressed={value.grade === grade}
                className={choiceClass(value.grade === grade)}
                onClick={() => onChange({ ...value, grade })}
              >
                {grade}
              </button>
            ))}
          </div>
          {errorText}
        </fieldset>
      );
    case "THRESHOLD":
      return (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            {rubric.unit ? `${t("inspect.outcome.value")}（${rubric.unit}）` : t("inspect.outcome.value")}
          </label>
          <Input
            id={id}
            inputMode="decimal"
            className="min-h-12 text-lg"
            value={value.value}
            onChange={(event) => onChange({ ...value, value: event.target.value })}
            {...a11y}
          />
          {errorText}
        </div>
      );
  }
}
