import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { benchResults, RESULTS_SCHEMA_VERSION, writeBenchResults } from "./results-file";

const input = {
  mode: "scale" as const,
  startedAt: "2026-12-03T06:00:00.000Z",
  finishedAt: "2026-12-03T06:10:00.000Z",
  machine: { cpus: 2, node: "v20.19.0", loadAverage: { atStart: [2.345, 1.04, 0.5], atEnd: [3.06, 2, 1] } },
  database: "postgresql://postgres@127.0.0.1:5432/bench_scale",
  dataSet: { province: "SCALE", cities: 3, checks: 29928 },
  timings: [{ section: "round", name: "SQL floor", note: "1 row", runs: 3, p50: 12.345, p99: 20.01, min: 10.04, max: 20.01, mean: 14.1234 }],
  ratios: [{ name: "scorecards / SQL floor", value: 12.3456, of: "scorecards", floor: "SQL floor" }],
  notes: ["published 3 rounds"],
};

describe("benchResults", () => {
  it("keeps every section with its schema version, times to a tenth of a millisecond and ratios to two decimals", () => {
    const results = benchResults(input);
    expect(results.schemaVersion).toBe(RESULTS_SCHEMA_VERSION);
    expect(results.timings[0]).toEqual({ section: "round", name: "SQL floor", note: "1 row", runs: 3, p50: 12.3, p99: 20, min: 10, max: 20, mean: 14.1 });
    expect(results.ratios[0].value).toBe(12.35);
    expect(results.machine.loadAverage.atStart).toEqual([2.3, 1, 0.5]);
    expect(Object.keys(results)).toEqual(["schemaVersion", "mode", "startedAt", "finishedAt", "machine", "database", "dataSet", "timings", "ratios", "notes"]);
  });
});

describe("writeBenchResults", () => {
  it("creates the folder and writes JSON that reads back equal", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bench-results-"));
    try {
      const file = writeBenchResults(benchResults(input), path.join(folder, "bench", "results.json"));
      expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(benchResults(input));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
