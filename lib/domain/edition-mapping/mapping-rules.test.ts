import { describe, expect, it } from "vitest";
import { predecessorsOf, validateMapping, type MappingRow } from "./mapping-rules";

const OLD = new Set(["A1", "A2", "A3", "A4", "A5"]);
const NEW = new Set(["B1", "B2", "B3", "B4", "B5"]);

describe("an edition mapping table", () => {
  it("accepts each kind used as it is meant", () => {
    const rows: MappingRow[] = [
      { kind: "ONE_TO_ONE", from: "A1", to: "B1" },
      { kind: "SPLIT", from: "A2", to: "B2" },
      { kind: "SPLIT", from: "A2", to: "B3" },
      { kind: "MERGED", from: "A3", to: "B4" },
      { kind: "MERGED", from: "A4", to: "B4" },
      { kind: "REMOVED", from: "A5", to: null },
      { kind: "NEW", from: null, to: "B5" },
    ];
    expect(validateMapping(rows, OLD, NEW)).toEqual([]);
    expect(predecessorsOf(rows, "B4")).toEqual(["A3", "A4"]);
    expect(predecessorsOf(rows, "B3")).toEqual(["A2"]);
    expect(predecessorsOf(rows, "B5")).toEqual([]);
  });

  it("reports every problem with its row", () => {
    const rows: MappingRow[] = [
      { kind: "ONE_TO_ONE", from: "A1", to: null }, // 1: missing new code
      { kind: "ONE_TO_ONE", from: "X9", to: "B1" }, // 2: unknown old code
      { kind: "SPLIT", from: "A2", to: "B2" }, // 3: a split into one criterion only
      { kind: "REMOVED", from: "A3", to: "B3" }, // 4: removed with a new code
      { kind: "NEW", from: null, to: "B4" },
      { kind: "NEW", from: null, to: "B4" }, // 6: duplicate
    ];
    const problems = validateMapping(rows, OLD, NEW);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [1, "to"],
      [2, "from"],
      [3, "kind"],
      [4, "to"],
      [5, "kind"],
      [6, "kind"],
      [6, "kind"],
    ]);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
  });

  it("refuses a code that is both kept one-to-one and merged", () => {
    const rows: MappingRow[] = [
      { kind: "ONE_TO_ONE", from: "A1", to: "B1" },
      { kind: "MERGED", from: "A1", to: "B2" },
      { kind: "MERGED", from: "A2", to: "B2" },
    ];
    expect(validateMapping(rows, OLD, NEW).map((p) => p.row)).toEqual([1, 2]);
  });
});
