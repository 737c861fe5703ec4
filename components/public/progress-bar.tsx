import { percentOf } from "./format";

/** A labelled progress bar in plain HTML and CSS: the numbers are always written out. */
export function ProgressBar({ label, done, total, unit }: { label: string; done: number; total: number; unit: string }) {
  const percent = percentOf(done, total) ?? 0;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium text-slate-900">{label}</span>
        <span className="tabular-nums text-slate-700">
          {done}/{total} {unit} · {percent}%
        </span>
      </div>
      <div className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-red-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
