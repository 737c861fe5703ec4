import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { RoundFormOptions } from "@/lib/validation/round-form";
import { inspectedSiteTypes, loadCityCriteria } from "./round-criteria";
import { listRoundInspectors } from "./list-round-inspectors";
import { editionForRound } from "./round-edition";

/**
 * What the 新建督查 form offers: the city's active sites (for choosing by hand and for the draw's
 * per-type counts and streets), its inspectors and its desk (non-field) criteria; site types with
 * no field criterion are left out, as the draw would never take them.
 */
export async function getRoundFormOptions(actor: Actor): Promise<RoundFormOptions> {
  assertCan(actor, "create:round");
  const cityId = requireCityId(actor);
  const client = db();
  const editionId = await editionForRound(client as unknown as Tx, cityId, todayInShanghai());
  const [criteria, deskCriteria, sites, inspectors] = await Promise.all([
    loadCityCriteria(client, cityId, editionId),
    client.criterion.findMany({
      where: { editionId, OR: [{ cityId: null }, { cityId }], method: { not: "FIELD" } },
      select: { code: true, name: true, method: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    client.site.findMany({
      where: { cityId, deletedAt: null },
      select: { id: true, code: true, name: true, street: true, siteType: { select: { name: true, sortOrder: true } } },
      orderBy: [{ siteType: { sortOrder: "asc" } }, { code: "asc" }],
    }),
    listRoundInspectors(actor),
  ]);
  const inspected = inspectedSiteTypes(criteria);
  const assessed = new Set(criteria.map((criterion) => criterion.code));
  const eligible = sites.filter((site) => inspected.has(site.siteType.name));
  return {
    sites: eligible.map((site) => ({ id: site.id, code: site.code, name: site.name, street: site.street, siteType: site.siteType.name })),
    siteTypes: [...new Set(eligible.map((site) => site.siteType.name))],
    streets: [...new Set(eligible.flatMap((site) => (site.street ? [site.street] : [])))].sort(),
    inspectors,
    deskCriteria: deskCriteria.filter((criterion) => assessed.has(criterion.code)).map((criterion) => ({ ...criterion, title: criterion.name })),
  };
}
