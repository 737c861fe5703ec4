import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { groupForDepartment, type DepartmentFindingGroups } from "@/lib/domain/findings/group-for-department";
import type { FindingItem } from "@/lib/validation/findings";
import { findingItemInclude, toFindingItem } from "./finding-item";
import { findingScopeWhere } from "./finding-scope";

/** A liaison's 问题整改: its department's dispatched and returned findings, most urgent first. */
export async function getDepartmentFindings(actor: Actor): Promise<DepartmentFindingGroups<FindingItem>> {
  const scope = assertCan(actor, "read:finding");
  const today = todayInShanghai();
  const rows = await db().finding.findMany({
    where: { AND: [findingScopeWhere(actor, scope), { status: { in: ["DISPATCHED", "RETURNED"] } }] },
    include: findingItemInclude,
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return groupForDepartment(
    rows.map((row) => toFindingItem(row, today)),
    today,
  );
}
