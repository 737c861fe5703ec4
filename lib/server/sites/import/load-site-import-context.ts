import type { SiteImportContext } from "@/lib/domain/sites/site-sheet-layout";
import type { Tx } from "@/lib/server/tx";

/** What a site list for `cityId` is checked against. */
export async function loadSiteImportContext(client: Tx, cityId: string): Promise<SiteImportContext> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const siteTypes = await client.siteType.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  const departments = await client.department.findMany({
    where: { cityId, deletedAt: null },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const sites = await client.site.findMany({ where: { cityId }, select: { code: true } });
  return { siteTypes, departments, existingCodes: new Set(sites.map((site) => site.code.toUpperCase())) };
}
