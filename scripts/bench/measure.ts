import type { Timing } from "./results-file";
import { summarize } from "./stats";

// Timing helpers of `npm run bench`: repeat, take the median, print a table.

export type Measurement = { name: string; median: number; min: number; max: number; runs: number; note: string; times: number[] };

export async function measure(name: string, runs: number, run: () => Promise<string>): Promise<Measurement> {
  let note = await run(); // warm-up: query plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    note = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
  return { name, median, min: times[0], max: times[times.length - 1], runs, note, times };
}

/** A measurement as a row of bench/results.json (p50 there is the nearest-rank one, as for every timing). */
export function toTiming(section: string, measurement: Measurement): Timing {
  return { section, name: measurement.name, note: measurement.note, ...summarize(measurement.times) };
}

export function formatTable(rows: readonly Measurement[]): string {
  const header = ["operation", "median ms", "min ms", "max ms", "runs", "result"];
  const body = rows.map((r) => [r.name, r.median.toFixed(1), r.min.toFixed(1), r.max.toFixed(1), String(r.runs), r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Timings with p50 and p99, the scale bench's table. */
export function formatTimings(rows: readonly Timing[]): string {
  const header = ["operation", "p50 ms", "p99 ms", "min ms", "max ms", "runs", "result"];
  const body = rows.map((r) => [r.name, r.p50.toFixed(1), r.p99.toFixed(1), r.min.toFixed(1), r.max.toFixed(1), String(r.runs), r.note]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
