import type { Fraction } from "./fraction";
import type { RoundScores } from "./score-round";

export const EXPORT_DECIMALS = 4;
export const DISPLAY_DECIMALS = 2;

export type CalculatorOutput = {
  cityScore: string | null;
  vetoed: boolean;
  criteria: { code: string; assessed: boolean; earned: string | null; possible: string | null }[];
  departments: {
    name: string;
    inspectionScore: string | null;
    rectificationRate: string | null;
    ledgerCompleteness: string | null;
    composite: string | null;
    rank: number | null;
    overdueOpen: number;
  }[];
  redList: string[];
  blackList: string[];
};

/** An exact score as exported: decimal text rounded half away from zero to 4 places, or null when absent. */
export function exportScore(value: Fraction | null): string | null {
  return value === null ? null : value.toFixed(EXPORT_DECIMALS);
}

/** An exact score as shown on screen: 2 places, half away from zero. */
export function displayScore(value: Fraction | null): string | null {
  return value === null ? null : value.toFixed(DISPLAY_DECIMALS);
}

/** The calculator's (and the round-scores endpoint's) output shape, fields in this order. */
export function toCalculatorOutput(scores: RoundScores): CalculatorOutput {
  return {
    cityScore: exportScore(scores.cityScore),
    vetoed: scores.vetoed,
    criteria: scores.criteria.map((criterion) => ({
      code: criterion.code,
      assessed: criterion.assessed,
      earned: exportScore(criterion.earned),
      possible: exportScore(criterion.possible),
    })),
    departments: scores.departments.map((department) => ({
      name: department.name,
      inspectionScore: exportScore(department.inspectionScore),
      rectificationRate: exportScore(department.rectificationRate),
      ledgerCompleteness: exportScore(department.ledgerCompleteness),
      composite: exportScore(department.composite),
      rank: department.rank,
      overdueOpen: department.overdueOpen,
    })),
    redList: scores.redList,
    blackList: scores.blackList,
  };
}
