import { parseBusinessDate } from "@/lib/domain/dates";
import { periodPublicationTitle } from "@/lib/domain/publications/publication-title";
import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { provincePublicationInput } from "@/lib/validation/publications";
import { toPublicationDetail } from "./publication-dto";
import { requireProvinceId } from "./province-publication-target";
import { buildProvinceSnapshot } from "./province-snapshot";
import { nextIssue, storePublication } from "./store-publication";

/**
 * 省级排名发布: a supervisor ranks its province's cities by their own published scores for a period (never a
 * draft). One standing publication per kind and period; a second is a correction's job.
 */
export const publishProvincePublication = defineUseCase({
  name: "publication.publish-province",
  permission: "publish:ranking",
  input: provincePublicationInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  run: async ({ tx, actor, input, audit }) => {
    const provinceId = requireProvinceId(actor);
    const issue = await nextIssue(tx, { provinceId });
    const period = { start: input.periodStart, end: input.periodEnd };
    const standing = await tx.publication.findFirst({
      where: {
        scope: "PROVINCE",
        provinceId,
        kind: input.kind,
        periodStart: parseBusinessDate(period.start),
        periodEnd: parseBusinessDate(period.end),
        supersededBy: null,
      },
      select: { id: true },
    });
    if (standing) throw new AppError("ALREADY_PUBLISHED", "已发布过；如需修改，请发布更正。", 409, undefined, { publicationId: standing.id });
    const snapshot = await buildProvinceSnapshot(tx, provinceId, input);
    const title = input.title ?? periodPublicationTitle({ ownerName: snapshot.province.name, ...issue }, input.kind, period);
    const created = await storePublication(tx, {
      owner: { provinceId },
      issue,
      kind: input.kind,
      roundId: null,
      period,
      title,
      summary: input.summary ?? null,
      snapshot,
      publishedById: actor.id,
    });
    await audit({
      entityType: "Publication",
      entityId: created.id,
      cityId: null,
      before: null,
      after: { scope: "PROVINCE", provinceId, kind: input.kind, period, issue, title },
    });
    return toPublicationDetail(created);
  },
});
