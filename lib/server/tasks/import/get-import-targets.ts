import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { findAnnualPlan } from "@/lib/server/plans/find-annual-plan";

/** The annual plans of the office's city a task list may go into, and the one it goes into by default. */
export async function getImportTargets(actor: Actor) {
  assertCan(actor, "manage:task");
  const cityId = requireCityId(actor);
  const [plans, current] = await Promise.all([
    db().annualPlan.findMany({
      where: { cityId, deletedAt: null, threeYearPlan: { deletedAt: null } },
      orderBy: [{ year: "desc" }, { createdAt: "desc" }],
      select: { id: true, year: true, title: true },
    }),
    findAnnualPlan(db(), cityId),
  ]);
  return { plans, currentId: current?.id ?? null };
}
