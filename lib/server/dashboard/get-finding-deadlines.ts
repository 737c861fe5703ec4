import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { UNRESOLVED_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { cockpitCityId } from "./cockpit-scope";

/** How far ahead "due this week" looks: today and the next six days (the findings list's 7日内到期). */
export const DUE_SOON_DAYS = 7;

export type DepartmentDeadlines = { departmentId: string; name: string; overdue: number; dueSoon: number };
export type FindingDeadlines = { today: string; dueSoonEnd: string; overdue: number; dueSoon: number; departments: DepartmentDeadlines[] };

/**
 * Unresolved findings (neither verified nor withdrawn) per department: overdue (due before today,
 * Shanghai) and due within the week (today … today + 6). The same rules as the findings list's
 * 仅看逾期 and 7日内到期, so every number equals the list it links to. Departments with neither
 * are left out; the most overdue come first.
 */
export async function getFindingDeadlines(actor: Actor, today: string = todayInShanghai()): Promise<FindingDeadlines> {
  const cityId = cockpitCityId(actor, "read:finding");
  const dueSoonEnd = addDays(today, DUE_SOON_DAYS - 1);
  const unresolved = { cityId, status: { in: [...UNRESOLVED_STATUSES] } };
  const [overdueRows, dueSoonRows] = await Promise.all([
    db().finding.groupBy({ by: ["departmentId"], where: { ...unresolved, dueDate: { lt: parseBusinessDate(today) } }, _count: { _all: true } }),
    db().finding.groupBy({
      by: ["departmentId"],
      where: { ...unresolved, dueDate: { gte: parseBusinessDate(today), lte: parseBusinessDate(dueSoonEnd) } },
      _count: { _all: true },
    }),
  ]);
  const overdue = new Map(overdueRows.map((row) => [row.departmentId, row._count._all]));
  const dueSoon = new Map(dueSoonRows.map((row) => [row.departmentId, row._count._all]));
  const ids = [...new Set([...overdue.keys(), ...dueSoon.keys()])];
  const names = ids.length ? await db().department.findMany({ where: { cityId, id: { in: ids } }, select: { id: true, name: true } }) : [];
  const departments = names
    .map((department) => ({
      departmentId: department.id,
      name: department.name,
      overdue: overdue.get(department.id) ?? 0,
      dueSoon: dueSoon.get(department.id) ?? 0,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sum = (key: "overdue" | "dueSoon") => departments.reduce((total, row) => total + row[key], 0);
  return { today, dueSoonEnd, overdue: sum("overdue"), dueSoon: sum("dueSoon"), departments };
}
