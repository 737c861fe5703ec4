import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { appliesToSiteType } from "@/lib/domain/rounds/criterion-rubric";
import { acceptsChecks, type RoundStatus } from "@/lib/domain/rounds/round-transitions";
import { AppError, forbidden, invalidInput, notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import { assertInspectorOnRound, getRoundOrThrow, isRoundOffice } from "@/lib/server/rounds/round-access";
import type { Tx } from "@/lib/server/tx";

export const criterionForCheckSelect = {
  id: true,
  code: true,
  name: true,
  method: true,
  points: true,
  rubricKind: true,
  rubricParams: true,
  siteTypeNames: true,
  rectificationDays: true,
} as const;

export function roundNotRunning(status: string): AppError {
  return new AppError("ROUND_NOT_IN_PROGRESS", status === "CLOSED" ? "该轮次已结束，不能再录入或更正检查。" : "该轮次尚未开始，不能录入检查。", 409);
}

/**
 * Inside a check's transaction: the round still runs, and stays so until the check is in (FOR
 * SHARE waits for a closing transaction and blocks one), so a check is either scored or refused.
 */
export async function lockRunningRound(tx: Tx, roundId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ status: RoundStatus }[]>`SELECT "status"::text AS status FROM "InspectionRound" WHERE "id" = ${roundId} FOR SHARE`;
  if (!row || !acceptsChecks(row.status)) throw roundNotRunning(row?.status ?? "CLOSED");
}

/**
 * What a check is about, all in the actor's reach: the round (in scope, 404; running, 409), one of
 * its criteria, and for a field criterion one of its sites where that criterion applies (a desk
 * criterion takes no site). An inspector may check only its own sites (403).
 */
export async function loadCheckTarget(
  client: Db | Tx,
  actor: Actor,
  scope: Scope,
  input: { roundId: string; criterionId: string; siteId?: string | null },
  inScope?: Awaited<ReturnType<typeof getRoundOrThrow>>,
) {
  const round = inScope ?? (await getRoundOrThrow(client, actor, scope, input.roundId));
  if (!acceptsChecks(round.status)) throw roundNotRunning(round.status);
  const link = await client.roundCriterion.findUnique({
    where: { roundId_criterionId: { roundId: round.id, criterionId: input.criterionId } },
    select: { criterion: { select: criterionForCheckSelect } },
  });
  if (!link) throw notFound("本轮次的测评标准");
  const criterion = link.criterion;
  let site: { id: string; code: string; responsibleDepartmentId: string } | null = null;
  if (criterion.method === "FIELD") {
    if (!input.siteId) throw invalidInput({ siteId: ["实地考察标准请选择点位"] });
    const row = await client.roundSite.findUnique({
      where: { roundId_siteId: { roundId: round.id, siteId: input.siteId } },
      select: { inspectorId: true, site: { select: { id: true, code: true, responsibleDepartmentId: true, siteType: { select: { name: true } } } } },
    });
    if (!row) throw notFound("本轮次的点位");
    if (!appliesToSiteType(criterion, row.site.siteType.name)) throw invalidInput({ criterionId: ["该标准不在此类点位检查"] });
    // The same rule as assertInspectorOnRound, on the row already in hand.
    if (row.inspectorId && row.inspectorId !== actor.id && !isRoundOffice(actor)) throw forbidden("该点位已分配给其他督查员。");
    site = row.site;
  } else if (input.siteId) {
    throw invalidInput({ siteId: ["非实地考察标准不针对点位，请不要填写点位"] });
  } else {
    await assertInspectorOnRound(client, actor, round.id, null);
  }
  return { round, criterion, site };
}

export type CheckTarget = Awaited<ReturnType<typeof loadCheckTarget>>;
