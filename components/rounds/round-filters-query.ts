import { param, type SearchParams } from "@/components/layout/search-params";

export const ROUND_FILTER_NAMES = ["status", "kind", "from", "to"] as const;
export type RoundListQuery = Partial<Record<(typeof ROUND_FILTER_NAMES)[number], string>>;

/** The round list's filters as they stand in the URL; the read validates them, so a bad one comes back beside its field. */
export function roundListQueryOf(searchParams: SearchParams): RoundListQuery {
  return Object.fromEntries(ROUND_FILTER_NAMES.map((name) => [name, param(searchParams, name)]).filter(([, value]) => value !== undefined));
}
