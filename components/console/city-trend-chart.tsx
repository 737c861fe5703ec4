"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type CityTrendPoint = { label: string; value: number | null };

/** A city's published score over its round publications, oldest first (small, beside the others). */
export function CityTrendChart({ points, title, scoreLabel }: { points: CityTrendPoint[]; title: string; scoreLabel: string }) {
  return (
    <div className="h-32 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" hide />
          <YAxis domain={[0, 100]} tick={{ fontSize: 10 }} width={28} />
          <Tooltip formatter={(value) => [value, scoreLabel]} />
          <Line type="monotone" dataKey="value" stroke="#b91c1c" strokeWidth={2} connectNulls={false} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
