import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { latestRoundPerSite, summarizeByStreet, type StreetSummary } from "@/lib/domain/sites/street-summary";
import { resolveReadCity } from "@/lib/server/plans/resolve-read-city";

/**
 * The per-street view of one city's active sites: counts per street and type, and each site's
 * latest result (the last round that inspected it; failed when that round opened a finding
 * there that was not withdrawn). A handful of grouped queries, whatever the number of checks.
 * Whoever reads published results only (a supervisor: no read:round) sees results of published rounds only.
 */
export async function getStreetSummary(actor: Actor, params: { city?: string } = {}): Promise<StreetSummary & { cityId: string }> {
  const scope = assertCan(actor, "read:site");
  const client = db();
  const cityId = await resolveReadCity(client, actor, scope, params.city);
  const [sites, types] = await Promise.all([
    client.site.findMany({ where: { cityId, deletedAt: null }, select: { id: true, street: true, siteTypeId: true } }),
    client.siteType.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const groups = await client.check.groupBy({
    by: ["siteId", "roundId"],
    // A 回头看 round re-checks old findings and opens none of its own, so it says nothing about the site as a whole.
    where: {
      cityId,
      siteId: { not: null },
      visitStatus: "INSPECTED",
      site: { deletedAt: null },
      round: { kind: { not: "RECHECK" }, ...(can(actor, "read:round") ? {} : { publications: { some: {} } }) },
    },
    _max: { checkedAt: true },
  });
  const latest = latestRoundPerSite(groups.map((group) => ({ siteId: group.siteId!, roundId: group.roundId, lastCheckedAt: group._max.checkedAt! })));
  const failing = await client.finding.groupBy({
    by: ["siteId", "roundId"],
    where: { cityId, siteId: { in: [...latest.keys()] }, roundId: { in: [...new Set(latest.values())] }, status: { not: "WITHDRAWN" } },
  });
  const failed = new Set(failing.filter((group) => group.siteId && latest.get(group.siteId) === group.roundId).map((group) => group.siteId!));
  const summary = summarizeByStreet(sites, types, (siteId) => (!latest.has(siteId) ? "unchecked" : failed.has(siteId) ? "failed" : "passed"));
  return { cityId, ...summary };
}
