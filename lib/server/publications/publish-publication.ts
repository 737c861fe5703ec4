import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { roundPublicationTitle, periodPublicationTitle } from "@/lib/domain/publications/publication-title";
import { AppError } from "@/lib/errors";
import { assertNoOpenAppeals } from "@/lib/server/appeals/assert-no-open-appeals";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { publishPublicationInput } from "@/lib/validation/publications";
import { buildCitySnapshot } from "./build-city-snapshot";
import { getPublishableRoundOrThrow } from "./get-publishable-round";
import { notifyEscalations } from "./notify-escalations";
import { toPublicationDetail } from "./publication-dto";
import { nextIssue, storePublication } from "./store-publication";

/**
 * 发布: freezes a round's (or a period's) results of the office's city as the next issue. A round must be
 * closed, have no unanswered appeal and no publication standing (a second one is a correction). Black lists
 * take effect at once: reminder letters for first-time entries, the office told of 约谈 and 问责.
 */
export const publishPublication = defineUseCase({
  name: "publication.publish",
  permission: "publish:publication",
  input: publishPublicationInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  load: async ({ actor, input }) => {
    requireCityId(actor);
    if (input.kind === "ROUND") await getPublishableRoundOrThrow(db(), actor, input.roundId, { mustBeClosed: true });
  },
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const issue = await nextIssue(tx, { cityId });
    const standing = await tx.publication.findFirst({
      where:
        input.kind === "ROUND"
          ? { roundId: input.roundId, kind: "ROUND", supersededBy: null }
          : {
              scope: "CITY",
              cityId,
              kind: input.kind,
              periodStart: parseBusinessDate(input.periodStart),
              periodEnd: parseBusinessDate(input.periodEnd),
              supersededBy: null,
            },
      select: { id: true },
    });
    if (standing) throw new AppError("ALREADY_PUBLISHED", "已发布过；如需修改，请发布更正。", 409, undefined, { publicationId: standing.id });
    if (input.kind === "ROUND") await assertNoOpenAppeals(tx, input.roundId);
    const { snapshot, round } = await buildCitySnapshot(tx, actor, input, { mustBeClosed: true });
    const period = snapshot.kind === "ROUND" ? { start: snapshot.round.periodStart, end: snapshot.round.periodEnd } : snapshot.period;
    const owner = { ownerName: snapshot.city.name, ...issue };
    const title = input.title ?? (round ? roundPublicationTitle(owner, round) : periodPublicationTitle(owner, input.kind, period));
    const created = await storePublication(tx, {
      owner: { cityId },
      issue,
      kind: input.kind,
      roundId: round?.id ?? null,
      period,
      title,
      summary: input.summary ?? null,
      snapshot,
      publishedById: actor.id,
    });
    await notifyEscalations(tx, { id: created.id, cityId, title }, snapshot.lists);
    await audit({
      entityType: "Publication",
      entityId: created.id,
      cityId,
      before: null,
      after: { kind: input.kind, roundId: round?.id ?? null, period, issue, title, inputHash: "inputHash" in snapshot ? snapshot.inputHash : null },
    });
    return toPublicationDetail(created);
  },
});
