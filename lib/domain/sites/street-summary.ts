// The per-street view (分街道): streets as rows, site types as columns, each cell the number of
// sites and how their latest inspection went. A site's latest result is that of the last round
// that inspected it: failed when that round opened a finding there, else passed.

export type SiteResult = "passed" | "failed" | "unchecked";
export type SummaryCell = { sites: number; passed: number; failed: number; unchecked: number };
export type StreetSummary = {
  types: Array<{ id: string; name: string }>;
  rows: Array<{ street: string | null; total: SummaryCell; cells: Record<string, SummaryCell> }>;
  total: SummaryCell;
};

const emptyCell = (): SummaryCell => ({ sites: 0, passed: 0, failed: 0, unchecked: 0 });

function add(cell: SummaryCell, result: SiteResult) {
  cell.sites += 1;
  cell[result] += 1;
}

/** `types` in display order; streets sorted by name (Chinese collation), sites without a street last. */
export function summarizeByStreet(
  sites: ReadonlyArray<{ id: string; street: string | null; siteTypeId: string }>,
  types: ReadonlyArray<{ id: string; name: string }>,
  resultOf: (siteId: string) => SiteResult,
): StreetSummary {
  const rows = new Map<string | null, { street: string | null; total: SummaryCell; cells: Record<string, SummaryCell> }>();
  const total = emptyCell();
  const used = new Set<string>();
  for (const site of sites) {
    const result = resultOf(site.id);
    const row = rows.get(site.street) ?? { street: site.street, total: emptyCell(), cells: {} };
    rows.set(site.street, row);
    add((row.cells[site.siteTypeId] ??= emptyCell()), result);
    add(row.total, result);
    add(total, result);
    used.add(site.siteTypeId);
  }
  const sorted = [...rows.values()].sort((a, b) => (a.street === null ? 1 : b.street === null ? -1 : a.street.localeCompare(b.street, "zh")));
  return { types: types.filter((type) => used.has(type.id)), rows: sorted, total };
}

/** The last round (by its latest check) per site. */
export function latestRoundPerSite(groups: ReadonlyArray<{ siteId: string; roundId: string; lastCheckedAt: Date }>): Map<string, string> {
  const latest = new Map<string, { roundId: string; at: number }>();
  for (const group of groups) {
    const at = group.lastCheckedAt.getTime();
    const current = latest.get(group.siteId);
    if (!current || at > current.at) latest.set(group.siteId, { roundId: group.roundId, at });
  }
  return new Map([...latest].map(([siteId, { roundId }]) => [siteId, roundId]));
}
