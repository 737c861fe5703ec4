import { formatBusinessDate } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicPublicationRef } from "./public-dto";

/** The columns a public publication reference is made of (no snapshot, no author, no reason). */
export const publicationRefSelect = {
  id: true,
  scope: true,
  kind: true,
  title: true,
  summary: true,
  issueYear: true,
  issueNumber: true,
  periodStart: true,
  periodEnd: true,
  publishedAt: true,
  supersedesId: true,
  supersededBy: { select: { id: true } },
} satisfies Prisma.PublicationSelect;

export type PublicationRefRow = Prisma.PublicationGetPayload<{ select: typeof publicationRefSelect }>;

export const bulletinUrl = (publicationId: string) => `/api/public/v1/publications/${encodeURIComponent(publicationId)}/bulletin`;

export function toPublicationRef(row: PublicationRefRow): PublicPublicationRef {
  return {
    id: row.id,
    scope: row.scope,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    issueYear: row.issueYear,
    issueNumber: row.issueNumber,
    periodStart: formatBusinessDate(row.periodStart),
    periodEnd: formatBusinessDate(row.periodEnd),
    publishedAt: row.publishedAt.toISOString(),
    supersededBy: row.supersededBy?.id ?? null,
    supersedes: row.supersedesId,
    bulletinUrl: bulletinUrl(row.id),
  };
}
