import type { PublicScorePoint } from "@/lib/server/public/public-dto";
import { formatScore } from "./format";

/** A small trend of published scores; the figures are given in text beside it (the SVG is decoration). */
export function TrendLine({ points, label }: { points: PublicScorePoint[]; label: string }) {
  const values = points.filter((point) => point.cityScore !== null).map((point) => Number(point.cityScore));
  if (values.length < 2) return null;
  const low = Math.min(...values);
  const span = Math.max(Math.max(...values) - low, 1);
  const line = values.map((value, index) => `${(index * 100) / (values.length - 1)},${28 - ((value - low) * 24) / span}`).join(" ");
  const text = points.map((point) => formatScore(point.cityScore)).join(" → ");
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600">
      <svg viewBox="0 0 100 32" className="h-8 w-24 shrink-0" aria-hidden="true" focusable="false">
        <polyline fill="none" stroke="#b91c1c" strokeWidth="2" points={line} />
      </svg>
      <span>
        <span className="sr-only">{label}</span>
        {text}
      </span>
    </p>
  );
}
