"use client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type RankingBar = { name: string; value: number | null };

/** A list's ranking as bars (list order) with the black threshold as a line across them. */
export function RankingBarsChart({
  bars,
  threshold,
  title,
  valueLabel,
  thresholdLabel,
}: {
  bars: RankingBar[];
  threshold: number;
  title: string;
  valueLabel: string;
  thresholdLabel: string;
}) {
  return (
    <div className="w-full" style={{ height: Math.max(160, bars.length * 28 + 48) }} role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [value, valueLabel]} />
          <Bar dataKey="value" fill="#b91c1c" isAnimationActive={false} />
          <ReferenceLine x={threshold} stroke="#0f172a" strokeDasharray="4 2" label={{ value: thresholdLabel, position: "top", fontSize: 11 }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
