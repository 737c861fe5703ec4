import { Fraction } from "./fraction";
import { RANKING_DECIMALS } from "./ranking";

export type ListSettings = { redCount: number; blackCount: number; blackThreshold: Fraction };
export const DEFAULT_LIST_SETTINGS: ListSettings = { redCount: 5, blackCount: 3, blackThreshold: Fraction.of(85) };

type Listed = { name: string; rank: number | null; composite: Fraction | null };

export type RedBlackLists = { redList: string[]; blackList: string[] };

/**
 * Red: the first redCount ranked departments by position (a tie straddling the cut is decided by list order).
 * Black: the last blackCount ranked ones plus every ranked one whose composite at 2 decimals is strictly
 * below the threshold, less any on the red list (not refilled). Both in list order.
 */
export function redBlackLists(listOrder: readonly Listed[], settings: ListSettings = DEFAULT_LIST_SETTINGS): RedBlackLists {
  const ranked = listOrder.filter((entry) => entry.rank !== null && entry.composite !== null);
  const red = ranked.slice(0, settings.redCount);
  const redNames = new Set(red.map((entry) => entry.name));
  const lastPositions = new Set(settings.blackCount > 0 ? ranked.slice(-settings.blackCount) : []);
  const black = ranked.filter(
    (entry) => !redNames.has(entry.name) && (lastPositions.has(entry) || entry.composite!.round(RANKING_DECIMALS).lt(settings.blackThreshold)),
  );
  return { redList: red.map((entry) => entry.name), blackList: black.map((entry) => entry.name) };
}
