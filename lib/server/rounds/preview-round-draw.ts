import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";
import { zodFieldErrors } from "@/lib/server/use-case";
import { roundDrawPreviewInput, type RoundDrawPreview } from "@/lib/validation/round-form";
import { inspectedSiteTypes, loadCityCriteria } from "./round-criteria";
import { editionForRound } from "./round-edition";
import { chooseRoundSites } from "./round-sites";

/** The sites a draw would take, in draw order, before the round is created (the very draw createRound makes). */
export async function previewRoundDraw(actor: Actor, rawInput: unknown): Promise<RoundDrawPreview> {
  assertCan(actor, "create:round");
  const parsed = roundDrawPreviewInput.safeParse(rawInput);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const cityId = requireCityId(actor);
  const client = db() as unknown as Tx;
  const editionId = await editionForRound(client, cityId, parsed.data.periodEnd ?? todayInShanghai());
  const criteria = await loadCityCriteria(client, cityId, editionId);
  const { drawnSiteIds } = await chooseRoundSites(client, cityId, { sample: parsed.data.sample }, inspectedSiteTypes(criteria));
  const sites = await db().site.findMany({
    where: { id: { in: drawnSiteIds }, cityId },
    select: { id: true, code: true, name: true, street: true, siteType: { select: { name: true } } },
  });
  const byId = new Map(sites.map((site) => [site.id, site]));
  return {
    sites: drawnSiteIds
      .map((id) => byId.get(id)!)
      .map((site) => ({ id: site.id, code: site.code, name: site.name, street: site.street, siteType: site.siteType.name })),
  };
}
