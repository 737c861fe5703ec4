import { db } from "@/lib/db";
import { formatBusinessDate } from "@/lib/domain/dates";
import { correctionTitle, periodPublicationTitle } from "@/lib/domain/publications/publication-title";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { correctPublicationInput } from "@/lib/validation/publications";
import { toPublicationDetail } from "./publication-dto";
import { requireProvinceId } from "./province-publication-target";
import { buildProvinceSnapshot } from "./province-snapshot";
import { nextIssue, storePublication } from "./store-publication";

/** A publication of the supervisor's own province that no correction has replaced yet; 404 beyond it. */
async function getCorrectableOrThrow(client: Db | Tx, actor: Actor, id: string) {
  const publication = await client.publication.findFirst({
    where: { id, scope: "PROVINCE", provinceId: requireProvinceId(actor) },
    select: { id: true, kind: true, periodStart: true, periodEnd: true, summary: true, supersededBy: { select: { id: true } } },
  });
  if (!publication) throw notFound("通报");
  if (publication.supersededBy) throw new AppError("ALREADY_SUPERSEDED", "该通报已被更正，请在最新的更正上再作更正。", 409);
  return publication;
}

/** 更正 of a province publication: ranked afresh from the cities' current publications, superseding the old one. */
export const correctProvincePublication = defineUseCase({
  name: "publication.correct-province",
  permission: "publish:ranking",
  input: correctPublicationInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  load: async ({ actor, input }) => {
    await getCorrectableOrThrow(db(), actor, input.id);
  },
  run: async ({ tx, actor, input, audit }) => {
    const provinceId = requireProvinceId(actor);
    const issue = await nextIssue(tx, { provinceId });
    const old = await getCorrectableOrThrow(tx, actor, input.id);
    const period = { start: formatBusinessDate(old.periodStart), end: formatBusinessDate(old.periodEnd) };
    const snapshot = await buildProvinceSnapshot(tx, provinceId, { kind: old.kind, periodStart: period.start, periodEnd: period.end }, { correcting: old.id });
    const title = input.title ?? correctionTitle(periodPublicationTitle({ ownerName: snapshot.province.name, ...issue }, old.kind, period));
    const created = await storePublication(tx, {
      owner: { provinceId },
      issue,
      kind: old.kind,
      roundId: null,
      period,
      title,
      summary: input.summary ?? old.summary,
      snapshot,
      publishedById: actor.id,
      supersedesId: old.id,
      reason: input.reason,
    });
    await audit({
      entityType: "Publication",
      entityId: created.id,
      cityId: null,
      before: { supersedes: old.id },
      after: { scope: "PROVINCE", issue, title, reason: input.reason },
    });
    return toPublicationDetail(created);
  },
});
