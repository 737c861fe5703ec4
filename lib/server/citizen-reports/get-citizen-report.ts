import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import { evidencePhoto } from "@/lib/server/findings/finding-photos";
import type { Tx } from "@/lib/server/tx";
import type { CitizenReportItem } from "@/lib/validation/citizen-reports-office";

/** The reports a grant of `scope` reaches: the office's city's (a system admin's: all). */
export function citizenReportScopeWhere(actor: Actor, scope: Scope): Prisma.CitizenReportWhereInput {
  return { city: cityScopeWhere(actor, scope) };
}

export const citizenReportInclude = {
  category: { select: { id: true, name: true, criterionId: true } },
  photos: { where: { deletedAt: null }, orderBy: { createdAt: "asc" as const }, select: { id: true, thumbnailHash: true } },
} satisfies Prisma.CitizenReportInclude;

type ReportRow = Prisma.CitizenReportGetPayload<{ include: typeof citizenReportInclude }>;

/** The report as the office reads it; the contact only for whoever moderates (the office), never for others. */
export function toCitizenReportItem(row: ReportRow, mayModerate: boolean): CitizenReportItem {
  const hasPosition = row.latitude !== null && row.longitude !== null;
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    category: row.category,
    description: row.description,
    place: { street: row.street, address: row.address, position: hasPosition ? { latitude: row.latitude!, longitude: row.longitude! } : null },
    photos: row.photos.map(evidencePhoto),
    contact: mayModerate ? row.contact : null,
    contactErased: row.contactErasedAt !== null,
    receivedAt: row.receivedAt.toISOString(),
    statusAt: row.statusAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    findingId: row.findingId,
    rating: row.ratingSatisfied === null ? null : { satisfied: row.ratingSatisfied, comment: row.ratingComment, ratedAt: row.ratedAt?.toISOString() ?? null },
    version: row.version,
  };
}

/** The report in the actor's scope or 404 (another city's does not exist for them). */
export async function getCitizenReportOrThrow(client: Tx, actor: Actor, scope: Scope, id: string) {
  const report = await client.citizenReport.findFirst({ where: { AND: [{ id }, citizenReportScopeWhere(actor, scope)] } });
  if (!report) throw notFound("随手拍报告");
  return report;
}

/** One report with its photos, place and (for the office) contact. */
export async function getCitizenReport(actor: Actor, id: string): Promise<CitizenReportItem> {
  const scope = assertCan(actor, "read:citizen-report");
  const row = await db().citizenReport.findFirst({ where: { AND: [{ id }, citizenReportScopeWhere(actor, scope)] }, include: citizenReportInclude });
  if (!row) throw notFound("随手拍报告");
  return toCitizenReportItem(row, can(actor, "moderate:citizen-report"));
}
