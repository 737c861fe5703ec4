import { db } from "@/lib/db";
import { correctionTitle, periodPublicationTitle, roundPublicationTitle } from "@/lib/domain/publications/publication-title";
import { formatBusinessDate } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertNoOpenAppeals } from "@/lib/server/appeals/assert-no-open-appeals";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import type { Db } from "@/lib/db";
import { correctPublicationInput } from "@/lib/validation/publications";
import { buildCitySnapshot, type CityTarget } from "./build-city-snapshot";
import { notifyEscalations } from "./notify-escalations";
import { toPublicationDetail } from "./publication-dto";
import { nextIssue, storePublication } from "./store-publication";

const ALREADY_SUPERSEDED = () => new AppError("ALREADY_SUPERSEDED", "该通报已被更正，请在最新的更正上再作更正。", 409);

/** A publication of the office's city that no correction has replaced yet; 404 beyond the city. */
async function getCorrectableOrThrow(client: Db | Tx, actor: Actor, id: string) {
  const publication = await client.publication.findFirst({
    where: { id, scope: "CITY", cityId: requireCityId(actor) },
    select: { id: true, kind: true, roundId: true, periodStart: true, periodEnd: true, summary: true, supersededBy: { select: { id: true } } },
  });
  if (!publication) throw notFound("通报");
  if (publication.supersededBy) throw ALREADY_SUPERSEDED();
  return publication;
}

function targetOf(publication: Awaited<ReturnType<typeof getCorrectableOrThrow>>): CityTarget {
  if (publication.kind === "ROUND") return { kind: "ROUND", roundId: publication.roundId! };
  return { kind: publication.kind, periodStart: formatBusinessDate(publication.periodStart), periodEnd: formatBusinessDate(publication.periodEnd) };
}

/**
 * 更正: a new publication of the same round or period, computed afresh from the current data, that supersedes
 * the old one (which stays readable, marked superseded by it). It takes the next issue number; its black lists
 * count in the old one's place in every later streak.
 */
export const correctPublication = defineUseCase({
  name: "publication.correct",
  permission: "publish:publication",
  input: correctPublicationInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  load: async ({ actor, input }) => {
    await getCorrectableOrThrow(db(), actor, input.id);
  },
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const issue = await nextIssue(tx, { cityId });
    const old = await getCorrectableOrThrow(tx, actor, input.id);
    const target = targetOf(old);
    if (target.kind === "ROUND") await assertNoOpenAppeals(tx, target.roundId);
    const { snapshot, round } = await buildCitySnapshot(tx, actor, target, { mustBeClosed: true, correcting: old.id });
    const period = snapshot.kind === "ROUND" ? { start: snapshot.round.periodStart, end: snapshot.round.periodEnd } : snapshot.period;
    const owner = { ownerName: snapshot.city.name, ...issue };
    const title = input.title ?? correctionTitle(round ? roundPublicationTitle(owner, round) : periodPublicationTitle(owner, target.kind, period));
    const created = await storePublication(tx, {
      owner: { cityId },
      issue,
      kind: old.kind,
      roundId: round?.id ?? null,
      period,
      title,
      summary: input.summary ?? old.summary,
      snapshot,
      publishedById: actor.id,
      supersedesId: old.id,
      reason: input.reason,
    });
    await notifyEscalations(tx, { id: created.id, cityId, title }, snapshot.lists);
    await audit({
      entityType: "Publication",
      entityId: created.id,
      cityId,
      before: { supersedes: old.id },
      after: { kind: old.kind, issue, title, reason: input.reason, inputHash: "inputHash" in snapshot ? snapshot.inputHash : null },
    });
    return toPublicationDetail(created);
  },
});
