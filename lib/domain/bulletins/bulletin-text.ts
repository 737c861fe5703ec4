import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import type { Movement } from "@/lib/domain/publications/snapshot-schema";

/** A snapshot score (4-place decimal text) as the bulletin prints it: 2 places, half away from zero; "—" when absent. */
export function displayScore(score: string | null): string {
  return score === null ? "—" : parseDecimal(score, "score").toFixed(2);
}

/** A rank, or "—" for a department listed without one. */
export function displayRank(rank: number | null): string {
  return rank === null ? "—" : String(rank);
}

export function displayMovement(movement: Movement | null): string {
  if (movement === null) return "—";
  switch (movement.kind) {
    case "UP":
      return `↑${movement.by}`;
    case "DOWN":
      return `↓${movement.by}`;
    case "SAME":
      return "—";
    case "NEW":
      return "新上榜";
  }
}

export const ESCALATION_TEXT = { REMINDER_LETTER: "提醒函", LEADER_MEETING: "约谈", ACCOUNTABILITY: "问责" } as const;

export const METRIC_TEXT = { COMPOSITE: "综合得分", INSPECTION: "实地测评得分", RECTIFICATION: "问题整改率" } as const;

export const PERIOD_KIND_TEXT = { ROUND: "督查", MONTH: "月度", QUARTER: "季度", YEAR: "年度", CYCLE: "创建周期" } as const;

export const ROUND_KIND_TEXT: Record<string, string> = { WEEKLY: "周督查", MONTHLY: "月督查", MOCK: "模拟测评", SPECIAL: "专项督查", RECHECK: "回头看" };

/** A business date (YYYY-MM-DD) as official documents write it: 2026年11月28日. */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** 2026年第12期 */
export function issueLabel(issue: { issueYear: number; issueNumber: number }): string {
  return `${issue.issueYear}年第${issue.issueNumber}期`;
}

/** Names joined the way a Chinese sentence lists them: 市城管局、市住建局 */
export function joinNames(names: readonly string[]): string {
  return names.join("、");
}
