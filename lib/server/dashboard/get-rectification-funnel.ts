import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { UNRESOLVED_STATUSES, type FindingStatus } from "@/lib/domain/findings/finding-transitions";
import { cockpitCityId } from "./cockpit-scope";

export const FUNNEL_DAYS = 30;

export type RectificationFunnel = { from: string; to: string; found: number; dispatched: number; replied: number; verified: number; overdue: number };

// A finding counts at every stage it has reached, read from where it stands now: a reopened one
// is back with its department (dispatched, awaiting a new reply).
const DISPATCHED: readonly FindingStatus[] = ["DISPATCHED", "SUBMITTED", "RETURNED", "VERIFIED"];
const REPLIED: readonly FindingStatus[] = ["SUBMITTED", "RETURNED", "VERIFIED"];

/**
 * 整改漏斗: the findings found in the last 30 days (today and the 29 before, Shanghai), withdrawn
 * ones left out, by how far their rectification has got; `overdue` are those of them past due and
 * still unresolved.
 */
export async function getRectificationFunnel(actor: Actor, today: string = todayInShanghai()): Promise<RectificationFunnel> {
  const cityId = cockpitCityId(actor, "read:finding");
  const from = addDays(today, 1 - FUNNEL_DAYS);
  const found = { cityId, status: { not: "WITHDRAWN" as const }, createdAt: { gte: new Date(`${from}T00:00:00+08:00`) } };
  const [byStatus, overdue] = await Promise.all([
    db().finding.groupBy({ by: ["status"], where: found, _count: { _all: true } }),
    db().finding.count({ where: { ...found, status: { in: [...UNRESOLVED_STATUSES] }, dueDate: { lt: parseBusinessDate(today) } } }),
  ]);
  const countOf = (statuses: readonly FindingStatus[] | null) =>
    byStatus.filter((row) => statuses === null || statuses.includes(row.status)).reduce((total, row) => total + row._count._all, 0);
  return { from, to: today, found: countOf(null), dispatched: countOf(DISPATCHED), replied: countOf(REPLIED), verified: countOf(["VERIFIED"]), overdue };
}
