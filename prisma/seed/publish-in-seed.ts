import { correctionTitle, periodPublicationTitle, roundPublicationTitle } from "@/lib/domain/publications/publication-title";
import type { InspectionRound } from "@/lib/generated/prisma/client";
import { buildRoundSnapshot } from "@/lib/server/publications/build-round-snapshot";
import { notifyEscalations } from "@/lib/server/publications/notify-escalations";
import { buildPeriodSnapshot, type PeriodBody } from "@/lib/server/publications/period-snapshot";
import { buildProvinceSnapshot, type ProvinceBody } from "@/lib/server/publications/province-snapshot";
import { nextIssue, storePublication } from "@/lib/server/publications/store-publication";
import type { Tx } from "@/lib/server/tx";

// The demo's publications, made the way publication.publish, publication.correct and
// publication.publish-province make theirs (the same snapshot builders, issue numbers, stored
// bulletins and escalation notices), but inside the seed's one transaction: a use case runs its own.

export type Correction = { supersedesId: string; reason: string };

/** A closed round's publication of its city, or (`correction`) the correction of an earlier one. */
export async function publishRound(tx: Tx, round: InspectionRound, publishedById: string, publishedAt: Date, correction: Correction | null = null) {
  const issue = await nextIssue(tx, { cityId: round.cityId }, publishedAt);
  const snapshot = await buildRoundSnapshot(tx, round, correction?.supersedesId ?? null);
  const heading = roundPublicationTitle({ ownerName: snapshot.city.name, ...issue }, round);
  const title = correction ? correctionTitle(heading) : heading;
  const created = await storePublication(tx, {
    owner: { cityId: round.cityId },
    issue,
    kind: "ROUND",
    roundId: round.id,
    period: { start: snapshot.round.periodStart, end: snapshot.round.periodEnd },
    title,
    summary: null,
    snapshot,
    publishedById,
    publishedAt,
    ...(correction ?? {}),
  });
  await notifyEscalations(tx, { id: created.id, cityId: round.cityId, title }, snapshot.lists);
  return created;
}

/** A city's month (quarter, year, cycle) publication, averaged from its standing round publications. */
export async function publishPeriod(tx: Tx, cityId: string, body: PeriodBody, publishedById: string, publishedAt: Date) {
  const issue = await nextIssue(tx, { cityId }, publishedAt);
  const snapshot = await buildPeriodSnapshot(tx, cityId, body);
  const title = periodPublicationTitle({ ownerName: snapshot.city.name, ...issue }, body.kind, snapshot.period);
  const created = await storePublication(tx, {
    owner: { cityId },
    issue,
    kind: body.kind,
    roundId: null,
    period: snapshot.period,
    title,
    summary: null,
    snapshot,
    publishedById,
    publishedAt,
  });
  await notifyEscalations(tx, { id: created.id, cityId, title }, snapshot.lists);
  return created;
}

/** The supervisor's ranking of its province's cities by their published scores for a period. */
export async function publishProvince(tx: Tx, provinceId: string, body: ProvinceBody, publishedById: string, publishedAt: Date) {
  const issue = await nextIssue(tx, { provinceId }, publishedAt);
  const snapshot = await buildProvinceSnapshot(tx, provinceId, body);
  const period = { start: body.periodStart, end: body.periodEnd };
  return storePublication(tx, {
    owner: { provinceId },
    issue,
    kind: body.kind,
    roundId: null,
    period,
    title: periodPublicationTitle({ ownerName: snapshot.province.name, ...issue }, body.kind, period),
    summary: null,
    snapshot,
    publishedById,
    publishedAt,
  });
}
