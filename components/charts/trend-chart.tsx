"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendChartPoint = { label: string; rate: number | null };

/** A score-rate line over rounds (0–100 %); rounds without an assessment leave a gap. */
export function TrendChart({ points, rateLabel }: { points: TrendChartPoint[]; rateLabel: string }) {
  return (
    <div className="h-64 w-full" role="img" aria-label={rateLabel}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} unit="%" />
          <Tooltip formatter={(value) => [`${value}%`, rateLabel]} />
          <Line type="monotone" dataKey="rate" stroke="#b91c1c" strokeWidth={2} connectNulls={false} dot />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
