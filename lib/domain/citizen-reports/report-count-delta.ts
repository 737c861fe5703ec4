import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";

/** The public figures of a city's citizen reports (CityReportCounts). */
export type ReportCounts = { received: number; accepted: number; rectified: number; rejected: number; satisfied: number; dissatisfied: number };

// "accepted" counts the reports the office took on and still holds (whatever became of their
// finding since); "rectified" and "rejected" the reports in that state now. So a rectification
// found false (RECTIFIED → RECTIFYING) leaves "rectified" again, and the figures always equal a
// count of the reports' current states.
const ACCEPTED: readonly CitizenReportStatus[] = ["ACCEPTED", "RECTIFYING", "RECTIFIED"];

function membership(status: CitizenReportStatus | null): Pick<ReportCounts, "received" | "accepted" | "rectified" | "rejected"> {
  return {
    received: status === null ? 0 : 1,
    accepted: status !== null && ACCEPTED.includes(status) ? 1 : 0,
    rectified: status === "RECTIFIED" ? 1 : 0,
    rejected: status === "REJECTED" ? 1 : 0,
  };
}

/** How a report moving from `from` (null: a new report) to `to` changes the city's figures. */
export function reportCountDelta(from: CitizenReportStatus | null, to: CitizenReportStatus): Partial<ReportCounts> {
  const before = membership(from);
  const after = membership(to);
  const delta: Partial<ReportCounts> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (after[key] !== before[key]) delta[key] = after[key] - before[key];
  }
  return delta;
}
