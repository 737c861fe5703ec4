import { formatBusinessDate } from "@/lib/domain/dates";
import { snapshotForDepartment, type DepartmentSnapshotView } from "@/lib/domain/publications/snapshot-for-department";
import { parseSnapshot, type Snapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Prisma } from "@/lib/generated/prisma/client";

export type PublicationListItem = {
  id: string;
  scope: "CITY" | "PROVINCE";
  kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
  city: { id: string; name: string } | null;
  round: { id: string; name: string } | null;
  periodStart: string;
  periodEnd: string;
  title: string;
  publishedAt: string;
  /** The id of the correction that replaced this publication, or null. */
  supersededBy: string | null;
};

export type PublicationDetail = PublicationListItem & {
  issueYear: number;
  issueNumber: number;
  summary: string | null;
  reason: string | null;
  supersedes: string | null;
  snapshot: Snapshot | DepartmentSnapshotView;
};

export const publicationListSelect = {
  id: true,
  scope: true,
  kind: true,
  periodStart: true,
  periodEnd: true,
  title: true,
  publishedAt: true,
  city: { select: { id: true, name: true } },
  round: { select: { id: true, name: true } },
  supersededBy: { select: { id: true } },
} satisfies Prisma.PublicationSelect;

export const publicationDetailSelect = {
  ...publicationListSelect,
  issueYear: true,
  issueNumber: true,
  summary: true,
  reason: true,
  supersedesId: true,
  snapshot: true,
} satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof publicationListSelect }>;
type DetailRow = Prisma.PublicationGetPayload<{ select: typeof publicationDetailSelect }>;

export function toPublicationListItem(row: ListRow): PublicationListItem {
  return {
    id: row.id,
    scope: row.scope,
    kind: row.kind,
    city: row.city,
    round: row.round,
    periodStart: formatBusinessDate(row.periodStart),
    periodEnd: formatBusinessDate(row.periodEnd),
    title: row.title,
    publishedAt: row.publishedAt.toISOString(),
    supersededBy: row.supersededBy?.id ?? null,
  };
}

/**
 * A publication as read back: every figure and name comes from its frozen snapshot (a city or round renamed
 * later leaves it unchanged); a liaison (`department`) sees only its own department's rows.
 */
export function toPublicationDetail(row: DetailRow, department: string | null = null): PublicationDetail {
  const snapshot = parseSnapshot(row.snapshot);
  const frozenCity = "city" in snapshot ? { id: snapshot.city.id, name: snapshot.city.name } : null;
  const frozenRound = snapshot.kind === "ROUND" && "round" in snapshot ? { id: snapshot.round.id, name: snapshot.round.name } : null;
  return {
    ...toPublicationListItem(row),
    city: frozenCity,
    round: frozenRound,
    issueYear: row.issueYear,
    issueNumber: row.issueNumber,
    summary: row.summary,
    reason: row.reason,
    supersedes: row.supersedesId,
    snapshot: department === null ? snapshot : snapshotForDepartment(snapshot, department),
  };
}
