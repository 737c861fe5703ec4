import { cityRoundScore } from "./city-score";
import type { CriterionResult } from "./criteria-results";
import { departmentScorecard, type DepartmentScorecard } from "./department-scorecard";
import type { Fraction } from "./fraction";
import { redBlackLists } from "./lists";
import { rankDepartments, type Ranked } from "./ranking";
import { compileRoundInput, type RoundInput } from "./round-input";

/** Every number of one round, exact; departments in list order (ranked, then unranked by name). */
export type RoundScores = {
  cityScore: Fraction | null;
  vetoed: boolean;
  criteria: CriterionResult[];
  departments: Ranked<DepartmentScorecard>[];
  redList: string[];
  blackList: string[];
};

/** Scores a round from plain data; invalid input throws ScoringInputError naming the field. */
export function scoreRound(input: RoundInput): RoundScores {
  const round = compileRoundInput(input);
  const city = cityRoundScore(round.criteria, round.checks);
  const departments = rankDepartments(round.departments.map((name) => departmentScorecard(round, name)));
  return { ...city, departments, ...redBlackLists(departments, round.lists) };
}
