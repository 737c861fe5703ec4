"use client";
import { useState, type ReactNode } from "react";

type Props = { id: string; chart: ReactNode; table: ReactNode; showTableLabel: string; showChartLabel: string };

/**
 * A chart with its table as the text alternative: one button swaps them. The table is always in the
 * page (hidden while the chart shows), so printing gives the table and never the chart.
 */
export function ChartTableToggle({ id, chart, table, showTableLabel, showChartLabel }: Props) {
  const [isTable, setIsTable] = useState(false);
  return (
    <div className="space-y-2">
      <div className="flex justify-end print:hidden">
        <button
          type="button"
          aria-controls={`${id}-chart ${id}-table`}
          aria-pressed={isTable}
          onClick={() => setIsTable((value) => !value)}
          className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {isTable ? showChartLabel : showTableLabel}
        </button>
      </div>
      <div id={`${id}-chart`} data-part="chart" className={isTable ? "hidden" : "print:hidden"}>
        {chart}
      </div>
      <div id={`${id}-table`} data-part="table" className={isTable ? "" : "hidden print:block"}>
        {table}
      </div>
    </div>
  );
}
