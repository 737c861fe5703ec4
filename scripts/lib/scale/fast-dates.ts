import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { checkLosesPoints, type JudgedCheck } from "@/lib/domain/findings/check-loses-points";
import type { RoundSeedCriterion } from "@/prisma/seed/round-seed-context";

// Millions of checks ask the same few questions (which day is this, when is 08:00 plus n minutes
// on it, does this outcome lose points): the answers are remembered per run. Same results as the
// demo's instantOn, addDays and checkLosesPoints.

const HOUR = 3_600_000;

export function memoDates() {
  const midnights = new Map<string, number>();
  const shifted = new Map<string, string>();
  const eightOf = (date: string) => {
    let eight = midnights.get(date);
    if (eight === undefined) midnights.set(date, (eight = parseBusinessDate(date).getTime()));
    return eight;
  };
  return {
    /** As plan-round-records' instantOn: 08:00 Shanghai plus `minutes`, no later than an hour before now nor before the date's midnight. */
    instantOn(date: string, minutes: number, now: Date): Date {
      const eight = eightOf(date);
      return new Date(Math.min(eight + minutes * 60_000, Math.max(now.getTime() - HOUR, eight - 8 * HOUR)));
    },
    addDays(date: string, days: number): string {
      const key = `${date}|${days}`;
      let result = shifted.get(key);
      if (result === undefined) shifted.set(key, (result = addDays(date, days)));
      return result;
    },
  };
}

/** checkLosesPoints remembered per criterion and outcome (the rubric is compiled once per answer). */
export function memoLosesPoints() {
  const answers = new Map<string, boolean>();
  return (criterion: RoundSeedCriterion, check: JudgedCheck): boolean => {
    if (check.visitStatus !== "INSPECTED" || !check.outcome) return false;
    const key = `${criterion.id}|${JSON.stringify(check.outcome)}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = checkLosesPoints(criterion, check)));
    return answer;
  };
}
