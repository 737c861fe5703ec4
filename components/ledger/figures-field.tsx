"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";
import type { Figure } from "@/lib/validation/ledger";
import { figureErrorsOf, type FieldErrors } from "./send-ledger-form";

type Row = { key: number; name: string; value: string; unit: string };

let nextKey = 0;
const blankRow = (): Row => ({ key: nextKey++, name: "", value: "", unit: "" });
const rowOf = (figure: Figure): Row => ({ key: nextKey++, name: figure.name, value: figure.value, unit: figure.unit ?? "" });
const isBlank = (row: Row) => !row.name.trim() && !row.value.trim() && !row.unit.trim();

/**
 * 量化指标: name / value / unit rows (e.g. 公益广告新增 · 120 · 处). The filled rows travel as the
 * JSON field `figures`; the server's errors name rows by their place among the filled ones.
 */
export function FiguresField({ id, initial = [], errors = {} }: { id: string; initial?: Figure[]; errors?: FieldErrors }) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>(() => (initial.length ? initial.map(rowOf) : [blankRow()]));
  const filled = rows.filter((row) => !isBlank(row));
  const { whole, rows: rowErrors } = figureErrorsOf(errors);
  const update = (key: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const json = JSON.stringify(
    filled.map(({ name, value, unit }) => ({ name: name.trim(), value: value.trim(), ...(unit.trim() ? { unit: unit.trim() } : {}) })),
  );

  return (
    <fieldset className="space-y-2" aria-describedby={whole.length ? `${id}-error` : undefined}>
      <legend id={`${id}-legend`} className="text-sm font-medium text-slate-700">
        {t("ledger.figures")}
      </legend>
      <p className="text-xs text-slate-500">{t("ledger.figuresHint")}</p>
      <input type="hidden" name="figures" value={filled.length ? json : ""} />
      {rows.map((row, index) => {
        const messages = isBlank(row) ? undefined : rowErrors.get(filled.indexOf(row));
        return (
          <div key={row.key} className="space-y-1">
            <div className="grid grid-cols-[1fr_6rem_4.5rem_auto] gap-2">
              <Input
                aria-label={t("ledger.figureName")}
                placeholder={t("ledger.figureNamePlaceholder")}
                value={row.name}
                aria-invalid={messages ? true : undefined}
                onChange={(event) => update(row.key, { name: event.target.value })}
              />
              <Input
                aria-label={t("ledger.figureValue")}
                placeholder="120"
                inputMode="decimal"
                value={row.value}
                aria-invalid={messages ? true : undefined}
                onChange={(event) => update(row.key, { value: event.target.value })}
              />
              <Input
                aria-label={t("ledger.figureUnit")}
                placeholder={t("ledger.figureUnitPlaceholder")}
                value={row.unit}
                onChange={(event) => update(row.key, { unit: event.target.value })}
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={t("ledger.removeFigure", { n: index + 1 })}
                onClick={() => setRows((current) => (current.length > 1 ? current.filter((item) => item.key !== row.key) : [blankRow()]))}
              >
                ×
              </Button>
            </div>
            {messages && <p className="text-sm text-red-700">{messages.join("；")}</p>}
          </div>
        );
      })}
      {whole.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {whole.join("；")}
        </p>
      )}
      <Button variant="secondary" size="sm" onClick={() => setRows((current) => [...current, blankRow()])}>
        {t("ledger.addFigure")}
      </Button>
    </fieldset>
  );
}
