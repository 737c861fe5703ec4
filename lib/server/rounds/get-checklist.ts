import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { appliesToSiteType, rubricOf } from "@/lib/domain/rounds/criterion-rubric";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkItemInclude, toCheckItems } from "@/lib/server/checks/check-item";
import type { ChecklistItem } from "@/lib/validation/checks";
import { getRoundOrThrow } from "./round-access";

/**
 * A site's checklist: the round's criteria applicable at it, each with its current check. Without
 * a site, the round's non-field criteria (the office's desk entry). Rubric parameters carry the
 * calculator's names and are absent when unset.
 */
export async function getChecklist(actor: Actor, roundId: string, siteId: string | null): Promise<ChecklistItem[]> {
  const scope = assertCan(actor, "read:round");
  const round = await getRoundOrThrow(db(), actor, scope, roundId);
  let siteTypeName: string | null = null;
  if (siteId) {
    const row = await db().roundSite.findUnique({ where: { roundId_siteId: { roundId: round.id, siteId } }, select: { site: { select: { siteType: true } } } });
    if (!row) throw notFound("本轮次的点位");
    siteTypeName = row.site.siteType.name;
  }
  const [links, checks] = await Promise.all([
    db().roundCriterion.findMany({
      where: { roundId: round.id, criterion: siteId ? { method: "FIELD" } : { method: { not: "FIELD" } } },
      select: { criterion: true },
    }),
    db().check.findMany({ where: { roundId: round.id, siteId }, include: checkItemInclude }),
  ]);
  const criteria = links
    .map((link) => link.criterion)
    .filter((criterion) => siteTypeName === null || appliesToSiteType(criterion, siteTypeName))
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : 1));
  const items = await toCheckItems(db(), checks);
  const byCriterion = new Map(items.map((check) => [check.criterionId, check]));
  return criteria.map((criterion) => ({
    criterion: {
      id: criterion.id,
      code: criterion.code,
      title: criterion.name,
      points: criterion.points.toString(),
      rubric: rubricOf(criterion),
      standard: criterion.description,
    },
    check: byCriterion.get(criterion.id) ?? null,
  }));
}
