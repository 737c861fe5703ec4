import type { CitizenReportStatus, FindingStatus } from "@/lib/generated/prisma/enums";

// A report the office took on follows its finding: the reporter sees "with a department" while
// the department works on it and "rectified" once the office verified the fix. Pure, no I/O.

/** The status a report linked to a finding in `status` has; null when the finding was withdrawn. */
export function reportStatusOfFinding(status: FindingStatus): CitizenReportStatus | null {
  switch (status) {
    case "OPEN":
      return "ACCEPTED";
    case "DISPATCHED":
    case "SUBMITTED":
    case "RETURNED":
      return "RECTIFYING";
    case "VERIFIED":
      return "RECTIFIED";
    case "WITHDRAWN":
      // The check behind a finding was corrected to full points: that says nothing about what the
      // resident saw, so the report goes back to the queue for the office to decide again.
      return null;
  }
}

/** Only a report nobody has moderated yet may be accepted, merged or rejected. */
export function isModeratable(status: CitizenReportStatus): boolean {
  return status === "RECEIVED";
}

export const CITIZEN_REPORT_STATUSES = ["RECEIVED", "ACCEPTED", "RECTIFYING", "RECTIFIED", "REJECTED"] as const satisfies readonly CitizenReportStatus[];

/** The times a report carries in `status`: RECTIFIED and REJECTED close it (the contact's erasure counts from then). */
export function reportTimesFor(status: CitizenReportStatus, at: Date): { rectifiedAt: Date | null; closedAt: Date | null } {
  if (status === "RECTIFIED") return { rectifiedAt: at, closedAt: at };
  if (status === "REJECTED") return { rectifiedAt: null, closedAt: at };
  return { rectifiedAt: null, closedAt: null };
}

/** Contacts are erased this many days after the report was closed. */
export const CONTACT_RETENTION_DAYS = 180;
