import { z } from "@/lib/validation/zod";
import { CITIZEN_REPORT_STATUSES } from "./report-status-of-finding";

/**
 * What the tracking page and `GET /api/public/v1/reports/{code}` show: the state and its times,
 * the office's reason for a rejection, the after-photo once rectified and the reporter's own
 * rating. Never the description, the place or the contact: anyone holding the code reads this.
 */
export const reportStatusDto = z.object({
  code: z.string().describe("查询码，如 SP-2026-7K3Q9"),
  status: z.enum(CITIZEN_REPORT_STATUSES),
  statusAt: z.string().describe("ISO 8601"),
  rectifiedAt: z.string().optional().describe("ISO 8601，整改经复查通过时"),
  rejectionReason: z.string().optional(),
  afterPhoto: z.string().optional().describe("整改后照片的地址（仅 RECTIFIED）"),
  rating: z.object({ satisfied: z.boolean(), comment: z.string().nullable(), ratedAt: z.string() }).optional(),
});
export type ReportStatusDto = z.infer<typeof reportStatusDto>;

/** The rating can be given once, and only after the office verified the fix. */
export function canRate(report: { status: string; ratedAt: unknown }): boolean {
  return report.status === "RECTIFIED" && !report.ratedAt;
}
