import { createHash } from "node:crypto";

// The reproducible random draw of a round: anyone holding the seed, the spec and the site list can
// redo it by hand (sha256 of "seed:siteId", smallest first), so nobody can pick the easy sites.

export type SampleSpec = { seed: string; perType: Record<string, number>; streets?: string[] };
export type SampleSite = { id: string; siteTypeName: string; street: string | null; active: boolean };

/** The hex SHA-256 of `seed + ":" + id`: the key a draw sorts by. */
export function drawKey(seed: string, id: string): string {
  return createHash("sha256").update(`${seed}:${id}`).digest("hex");
}

/** The ids in draw order: by their draw key, the id breaking a (never seen) tie. */
export function inDrawOrder(seed: string, ids: readonly string[]): string[] {
  const keyed = ids.map((id) => ({ id, key: drawKey(seed, id) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((entry) => entry.id);
}

/**
 * The first n sites of each type named in `perType`, in draw order, among the active sites of an
 * eligible type (one with criteria that apply there) in `streets` when given. Types come out in
 * code-point order of their names, so neither the site list's nor the spec's order matters.
 */
export function drawSample(spec: SampleSpec, sites: readonly SampleSite[], eligibleTypeNames: ReadonlySet<string>): string[] {
  const streets = spec.streets?.length ? new Set(spec.streets) : null;
  const typeNames = Object.keys(spec.perType).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return typeNames.flatMap((typeName) => {
    const count = spec.perType[typeName];
    if (!eligibleTypeNames.has(typeName) || count <= 0) return [];
    const candidates = sites.filter(
      (site) => site.active && site.siteTypeName === typeName && (!streets || (site.street !== null && streets.has(site.street))),
    );
    return inDrawOrder(spec.seed, [...new Set(candidates.map((site) => site.id))]).slice(0, count);
  });
}

/** A re-check round's draw: the first `count` of the verified findings in draw order. */
export function drawFindings(seed: string, count: number, findingIds: readonly string[]): string[] {
  return inDrawOrder(seed, [...new Set(findingIds)]).slice(0, count);
}
