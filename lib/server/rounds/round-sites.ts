import { drawSample } from "@/lib/domain/rounds/draw-sample";
import { invalidInput, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import type { RoundSampleInput } from "@/lib/validation/rounds";

export type ChosenSites = { siteIds: string[]; drawnSiteIds: string[]; siteTypeNames: Set<string> };

/**
 * The sites of a scored round: the ones named (active, of the city; any other is 404) and the
 * ones drawn by the sample, named first, each once. Only sites of `eligibleTypes` are drawn.
 */
export async function chooseRoundSites(
  tx: Tx,
  cityId: string,
  input: { siteIds?: string[]; sample?: RoundSampleInput },
  eligibleTypes: ReadonlySet<string>,
): Promise<ChosenSites> {
  const named = [...new Set(input.siteIds ?? [])];
  const namedSites = named.length
    ? await tx.site.findMany({ where: { id: { in: named }, cityId, deletedAt: null }, select: { id: true, siteType: { select: { name: true } } } })
    : [];
  if (namedSites.length !== named.length) throw notFound("点位");
  const typeById = new Map(namedSites.map((site) => [site.id, site.siteType.name]));

  let drawnSiteIds: string[] = [];
  if (input.sample?.perType) {
    const candidates = await tx.site.findMany({
      where: { cityId, deletedAt: null, siteType: { name: { in: Object.keys(input.sample.perType) } } },
      select: { id: true, street: true, siteType: { select: { name: true } } },
    });
    const knownTypes = await tx.siteType.findMany({ where: { name: { in: Object.keys(input.sample.perType) } }, select: { name: true } });
    const unknown = Object.keys(input.sample.perType).filter((name) => !knownTypes.some((type) => type.name === name));
    if (unknown.length) throw invalidInput({ "sample.perType": [`没有这些点位类型：${unknown.join("、")}`] });
    const sites = candidates.map((site) => ({ id: site.id, street: site.street, siteTypeName: site.siteType.name, active: true }));
    drawnSiteIds = drawSample({ seed: input.sample.seed, perType: input.sample.perType, streets: input.sample.streets }, sites, eligibleTypes);
    for (const site of sites) typeById.set(site.id, site.siteTypeName);
  }
  const siteIds = [...new Set([...named, ...drawnSiteIds])];
  return { siteIds, drawnSiteIds, siteTypeNames: new Set(siteIds.map((id) => typeById.get(id)!)) };
}
