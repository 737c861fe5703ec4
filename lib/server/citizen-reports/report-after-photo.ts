import type { Db } from "@/lib/db";

/**
 * The after-photo a resident sees once the report is RECTIFIED: the first image of the reply the
 * office verified (the last reply before the finding's last VERIFIED event) of the finding the
 * report became or joined. Null when the report is not rectified or that reply had no image.
 */
export async function findAfterPhoto(client: Db, report: { status: string; findingId: string | null }) {
  if (report.status !== "RECTIFIED" || !report.findingId) return null;
  const verified = await client.rectificationEvent.findFirst({
    where: { findingId: report.findingId, kind: "VERIFIED", finding: { status: "VERIFIED" } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (!verified) return null;
  const reply = await client.rectificationEvent.findFirst({
    where: { findingId: report.findingId, kind: "REPLIED", createdAt: { lte: verified.createdAt } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!reply) return null;
  return client.evidenceFile.findFirst({
    where: { rectificationEventId: reply.id, deletedAt: null, mimeType: { startsWith: "image/" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { contentHash: true, mimeType: true },
  });
}
