// Percentiles of `npm run bench`: nearest rank over the sorted samples, so p99 of a handful of runs is their maximum.

export type Summary = { runs: number; p50: number; p99: number; min: number; max: number; mean: number };

/** The nearest-rank percentile of ascending `sorted`; 0 for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((sum, time) => sum + time, 0) / sorted.length : 0;
  return { runs: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, mean };
}
