import { forbidden, invalidInput } from "@/lib/errors";
import { parseBusinessDate } from "@/lib/domain/dates";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import type { Tx } from "@/lib/server/tx";
import { createRoundInput } from "@/lib/validation/rounds";
import { requireCityInspectors, shareOut } from "./city-inspectors";
import { mayCreateRounds } from "./may-create-rounds";
import { chooseRoundCriteria, inspectedSiteTypes, loadCityCriteria } from "./round-criteria";
import { editionForRound } from "./round-edition";
import { roundItemSelect, toRoundItem } from "./round-item";
import { chooseRoundSites } from "./round-sites";
import { drawRecheckFindings } from "./recheck-sample";

type Input = ReturnType<typeof createRoundInput.parse>;

async function scoredRoundContents(tx: Tx, cityId: string, editionId: string, input: Input) {
  const criteria = await loadCityCriteria(tx, cityId, editionId);
  const chosen = await chooseRoundSites(tx, cityId, input, inspectedSiteTypes(criteria));
  const criterionIds = chooseRoundCriteria(criteria, chosen.siteTypeNames, input.criterionCodes ?? []);
  if (chosen.siteIds.length === 0 && criterionIds.length === 0) {
    throw invalidInput({ siteIds: ["请选择点位或抽样（抽样未抽到适用测评标准的点位）"] });
  }
  const { seed, perType, streets } = input.sample ?? {};
  return { ...chosen, criterionIds, findingIds: [] as string[], spec: seed ? { perType, ...(streets ? { streets } : {}) } : null, seed };
}

async function recheckRoundContents(tx: Tx, cityId: string, input: Input) {
  const { seed, count } = input.sample as { seed: string; count: number };
  const { findingIds, siteIds } = await drawRecheckFindings(tx, cityId, seed, count);
  if (findingIds.length === 0) throw invalidInput({ sample: ["本市没有已销号的问题可供回头看"] });
  return { siteIds, drawnSiteIds: siteIds, criterionIds: [] as string[], findingIds, spec: { count }, seed };
}

/** 新建督查轮次: the office (or an inspector, when the city allows it) plans a round over drawn or named sites. */
export const createRound = defineUseCase({
  name: "round.create",
  permission: "create:round",
  input: createRoundInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    if (!(await mayCreateRounds(actor, tx))) throw forbidden("本市未允许督查员新建轮次。");
    const inspectors = await requireCityInspectors(tx, cityId, input.inspectorIds ?? []);
    const editionId = await editionForRound(tx, cityId, input.periodEnd);
    const contents = input.kind === "RECHECK" ? await recheckRoundContents(tx, cityId, input) : await scoredRoundContents(tx, cityId, editionId, input);
    const round = await tx.inspectionRound.create({
      data: {
        cityId,
        editionId,
        name: input.name,
        kind: input.kind,
        periodStart: parseBusinessDate(input.periodStart),
        periodEnd: parseBusinessDate(input.periodEnd),
        sampleSeed: contents.seed ?? null,
        ...(contents.spec ? { sampleSpec: contents.spec } : {}),
        sampledSiteIds: contents.drawnSiteIds,
        createdById: actor.id,
      },
      select: roundItemSelect,
    });
    const roundId = round.id;
    await tx.roundSite.createMany({ data: shareOut(contents.siteIds, [...inspectors.keys()]).map((row) => ({ roundId, ...row })) });
    await tx.roundCriterion.createMany({ data: contents.criterionIds.map((criterionId) => ({ roundId, criterionId })) });
    await tx.recheckItem.createMany({ data: contents.findingIds.map((findingId) => ({ roundId, findingId })) });
    const item = await toRoundItem(tx, round);
    await audit({
      entityType: "InspectionRound",
      entityId: roundId,
      cityId,
      after: { ...item, siteIds: contents.siteIds, inspectorIds: [...inspectors.keys()] },
    });
    return item;
  },
});
