import { addDays } from "@/lib/domain/dates";
import { isOverdue, type FindingStatus } from "./finding-transitions";

/** A finding due within this many days from today (both ends included) is "due soon". */
export const FINDING_DUE_SOON_DAYS = 3;

type Groupable = { dueDate: string; status: FindingStatus; verifiedOn: string | null };

export type DepartmentFindingGroups<T> = { overdue: T[]; returned: T[]; dueSoon: T[]; open: T[] };

/**
 * What a department has to fix, most urgent first: overdue, then returned by the office, then due
 * within 3 days, then the rest it is working on. Each finding sits in the first group that fits.
 */
export function groupForDepartment<T extends Groupable>(findings: readonly T[], today: string): DepartmentFindingGroups<T> {
  const groups: DepartmentFindingGroups<T> = { overdue: [], returned: [], dueSoon: [], open: [] };
  const soon = addDays(today, FINDING_DUE_SOON_DAYS);
  for (const finding of findings) {
    if (finding.status !== "DISPATCHED" && finding.status !== "RETURNED") continue;
    if (isOverdue(finding, today)) groups.overdue.push(finding);
    else if (finding.status === "RETURNED") groups.returned.push(finding);
    else if (finding.dueDate <= soon) groups.dueSoon.push(finding);
    else groups.open.push(finding);
  }
  return groups;
}
