import type { PublicScorePoint } from "@/lib/server/public/public-dto";
import type { Translate } from "@/lib/i18n/translate";
import { formatScore } from "./format";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 28, left: 40 };

/** Published city scores as a server-rendered SVG line, with the same figures in a table for screen readers and print. */
export function ScoreChart({ points, t, caption }: { points: PublicScorePoint[]; t: Translate; caption: string }) {
  const scored = points.filter((point) => point.cityScore !== null);
  if (scored.length === 0) return <p className="text-slate-600">{t("public.noScores")}</p>;
  const values = scored.map((point) => Number(point.cityScore));
  const low = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 1) / 10) * 10) || 100;
  const span = Math.max(high - low, 1);
  const x = (index: number) =>
    PAD.left + (scored.length === 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (index * (WIDTH - PAD.left - PAD.right)) / (scored.length - 1));
  const y = (value: number) => PAD.top + ((high - value) * (HEIGHT - PAD.top - PAD.bottom)) / span;
  const ticks = [low, (low + high) / 2, high];
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="img" aria-labelledby="score-chart-caption">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeDasharray="4 4" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#334155">
              {tick}
            </text>
          </g>
        ))}
        <polyline fill="none" stroke="#b91c1c" strokeWidth="2.5" points={values.map((value, index) => `${x(index)},${y(value)}`).join(" ")} />
        {values.map((value, index) => (
          <circle key={scored[index].publicationId} cx={x(index)} cy={y(value)} r="4" fill={scored[index].vetoed ? "#0f172a" : "#b91c1c"} />
        ))}
        <text x={PAD.left} y={HEIGHT - 8} fontSize="12" fill="#334155">
          {scored[0].periodEnd}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} fontSize="12" fill="#334155" textAnchor="end">
          {scored[scored.length - 1].periodEnd}
        </text>
      </svg>
      <figcaption id="score-chart-caption" className="text-sm text-slate-700">
        {caption}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-red-800 underline">{t("public.chartAsTable")}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-2">
                {t("public.periodEnd")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("public.publication")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("public.cityScore")}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.publicationId} className="border-b border-slate-100">
                <td className="py-1 pr-2 tabular-nums">{point.periodEnd}</td>
                <td className="py-1 pr-2">{point.title}</td>
                <td className="py-1 text-right tabular-nums">
                  {formatScore(point.cityScore)}
                  {point.vetoed && ` ${t("public.vetoed")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
