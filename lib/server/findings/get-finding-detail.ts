import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import type { FindingDetail } from "@/lib/validation/findings";
import { findingItemInclude, toFindingItem } from "./finding-item";
import { evidencePhoto } from "./finding-photos";
import { findingScopeWhere } from "./finding-scope";

const liveFiles = { where: { deletedAt: null }, orderBy: { createdAt: "asc" as const }, select: { id: true, thumbnailHash: true } };

/**
 * One finding with its timeline (who did what, with notes) and photos: before = the check's
 * (and any the finding carries itself, and its citizen reports'), after = those of each reply.
 */
export async function getFindingDetail(actor: Actor, id: string): Promise<FindingDetail> {
  const scope = assertCan(actor, "read:finding");
  const row = await db().finding.findFirst({
    where: { AND: [{ id }, findingScopeWhere(actor, scope)] },
    include: {
      ...findingItemInclude,
      evidence: liveFiles,
      check: { select: { evidence: liveFiles, departments: { include: { department: { select: { id: true, name: true } } } } } },
      reports: { select: { photos: liveFiles } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { evidence: liveFiles } },
    },
  });
  if (!row) throw notFound("问题");
  const actorIds = [...new Set(row.events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(actors.map((user) => [user.id, user.name]));
  const timeline = row.events.map((event) => ({
    id: event.id,
    kind: event.kind,
    note: event.note,
    actor: event.actorId ? { id: event.actorId, name: nameOf.get(event.actorId) ?? "" } : null,
    createdAt: event.createdAt.toISOString(),
    photos: event.evidence.map(evidencePhoto),
  }));
  return {
    ...toFindingItem(row, todayInShanghai()),
    origin: row.origin,
    citizenReportId: row.citizenReportId,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    checkDepartments: (row.check?.departments ?? [])
      .map((link) => ({ ...link.department, isPrimary: link.isPrimary }))
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
    beforePhotos: [...(row.check?.evidence ?? []), ...row.evidence, ...row.reports.flatMap((report) => report.photos)].map(evidencePhoto),
    afterPhotos: timeline.filter((event) => event.kind === "REPLIED").flatMap((event) => event.photos),
    timeline,
  };
}
