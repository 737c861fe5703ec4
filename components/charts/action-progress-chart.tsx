"use client";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ActionProgressCounts = { completed: number; inProgress: number; notStarted: number; overdue: number };
export type ActionProgressLabels = Record<keyof ActionProgressCounts, string>;

const SERIES: { key: keyof ActionProgressCounts; color: string }[] = [
  { key: "completed", color: "#15803d" },
  { key: "inProgress", color: "#0369a1" },
  { key: "notStarted", color: "#94a3b8" },
  { key: "overdue", color: "#b91c1c" },
];

/** One action's tasks as a single stacked bar of the four statuses. */
export function ActionProgressChart({ counts, labels, title }: { counts: ActionProgressCounts; labels: ActionProgressLabels; title: string }) {
  return (
    <div className="h-16 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[{ name: title, ...counts }]} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="name" hide />
          <Tooltip formatter={(value, name) => [value, labels[name as keyof ActionProgressCounts] ?? name]} cursor={false} />
          {SERIES.map(({ key, color }) => (
            <Bar key={key} dataKey={key} stackId="status" fill={color} name={key} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
