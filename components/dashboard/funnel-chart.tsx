"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type FunnelBar = { label: string; count: number; isOverdue: boolean };

/** The rectification funnel as bars, the overdue bar in red. */
export function FunnelChart({ bars, title, countLabel }: { bars: FunnelBar[]; title: string; countLabel: string }) {
  return (
    <div className="h-48 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={32} />
          <Tooltip formatter={(value) => [value, countLabel]} cursor={false} />
          <Bar dataKey="count" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.label} fill={bar.isOverdue ? "#b91c1c" : "#0369a1"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
