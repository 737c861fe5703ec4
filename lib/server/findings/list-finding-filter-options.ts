import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { FindingFilterOptions } from "@/lib/validation/findings";
import { findingScopeWhere } from "./finding-scope";

/** The departments and rounds that have findings the actor may see: the choices of the list's filters. */
export async function listFindingFilterOptions(actor: Actor): Promise<FindingFilterOptions> {
  const scope = assertCan(actor, "read:finding");
  const inScope = { findings: { some: findingScopeWhere(actor, scope) } };
  const [departments, rounds] = await Promise.all([
    db().department.findMany({ where: inScope, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }] }),
    db().inspectionRound.findMany({ where: inScope, select: { id: true, name: true }, orderBy: [{ periodEnd: "desc" }, { id: "asc" }], take: 100 }),
  ]);
  return { departments, rounds };
}
