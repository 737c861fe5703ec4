"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type LossBar = { name: string; value: number };

/** Points lost per category of the edition, most lost first. */
export function LossesChart({ bars, title, valueLabel }: { bars: LossBar[]; title: string; valueLabel: string }) {
  return (
    <div className="w-full" style={{ height: Math.max(160, bars.length * 32 + 48) }} role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [value, valueLabel]} />
          <Bar dataKey="value" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
