import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Summary } from "./stats";

// bench/results.json: what the last `npm run bench` measured, for comparing runs by hand. Kept out of git
// (.gitignore): the numbers depend on the machine and its load.

export const RESULTS_FILE = path.join("bench", "results.json");
export const RESULTS_SCHEMA_VERSION = 1;

export type Timing = { section: string; name: string; note: string } & Summary;
export type Ratio = { name: string; value: number; of: string; floor: string };
export type Machine = { cpus: number; node: string; loadAverage: { atStart: number[]; atEnd: number[] } };

export type BenchResults = {
  schemaVersion: number;
  mode: "memory" | "scale";
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  database: string;
  dataSet: Record<string, string | number> | null;
  timings: Timing[];
  ratios: Ratio[];
  notes: string[];
};

const tenth = (ms: number) => Math.round(ms * 10) / 10;

/** The results document: milliseconds to a tenth, ratios to two decimals, in the order they were measured. */
export function benchResults(input: Omit<BenchResults, "schemaVersion">): BenchResults {
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ...input,
    machine: { ...input.machine, loadAverage: { atStart: input.machine.loadAverage.atStart.map(tenth), atEnd: input.machine.loadAverage.atEnd.map(tenth) } },
    timings: input.timings.map((t) => ({ ...t, p50: tenth(t.p50), p99: tenth(t.p99), min: tenth(t.min), max: tenth(t.max), mean: tenth(t.mean) })),
    ratios: input.ratios.map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 })),
  };
}

/** This machine now: core count, node version and the load averages (the bench shares the machine). */
export function currentMachine(atStart: number[]): Machine {
  return { cpus: os.cpus().length, node: process.version, loadAverage: { atStart, atEnd: os.loadavg() } };
}

export function writeBenchResults(results: BenchResults, file = RESULTS_FILE): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
