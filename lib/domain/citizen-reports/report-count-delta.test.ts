import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";
import { reportCountDelta, type ReportCounts } from "./report-count-delta";

const STATUSES: CitizenReportStatus[] = ["RECEIVED", "ACCEPTED", "RECTIFYING", "RECTIFIED", "REJECTED"];

function countOf(statuses: CitizenReportStatus[]) {
  return {
    received: statuses.length,
    accepted: statuses.filter((s) => s === "ACCEPTED" || s === "RECTIFYING" || s === "RECTIFIED").length,
    rectified: statuses.filter((s) => s === "RECTIFIED").length,
    rejected: statuses.filter((s) => s === "REJECTED").length,
  };
}

describe("reportCountDelta", () => {
  it("a new report is received and nothing else", () => {
    expect(reportCountDelta(null, "RECEIVED")).toEqual({ received: 1 });
  });

  it("accepting, rectifying and a false rectification move the right figures", () => {
    expect(reportCountDelta("RECEIVED", "ACCEPTED")).toEqual({ accepted: 1 });
    expect(reportCountDelta("ACCEPTED", "RECTIFYING")).toEqual({});
    expect(reportCountDelta("RECTIFYING", "RECTIFIED")).toEqual({ rectified: 1 });
    expect(reportCountDelta("RECTIFIED", "RECTIFYING")).toEqual({ rectified: -1 });
    expect(reportCountDelta("RECEIVED", "REJECTED")).toEqual({ rejected: 1 });
  });

  it("summing the deltas of any history gives the count of the reports' current states", () => {
    const history = fc.array(fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(history, (reports) => {
        const totals: Partial<ReportCounts> = {};
        for (const path of reports) {
          let from: CitizenReportStatus | null = null;
          for (const to of path) {
            for (const [key, value] of Object.entries(reportCountDelta(from, to))) {
              totals[key as keyof ReportCounts] = (totals[key as keyof ReportCounts] ?? 0) + value;
            }
            from = to;
          }
        }
        const expected = countOf(reports.map((path) => path[path.length - 1]));
        for (const [key, value] of Object.entries(expected)) expect(totals[key as keyof ReportCounts] ?? 0).toBe(value);
      }),
    );
  });
});
