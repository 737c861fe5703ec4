"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ScoreTrendPoint = { label: string; score: number | null };

/** The city score (0–100) over rounds, oldest first; a round without a score leaves a gap. */
export function ScoreTrendChart({ points, title, scoreLabel }: { points: ScoreTrendPoint[]; title: string; scoreLabel: string }) {
  return (
    <div className="h-48 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} width={32} />
          <Tooltip formatter={(value) => [value, scoreLabel]} />
          <Line type="monotone" dataKey="score" stroke="#b91c1c" strokeWidth={2} connectNulls={false} dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
