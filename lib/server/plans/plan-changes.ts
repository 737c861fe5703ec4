import type { Actor } from "@/lib/auth/actor";
import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";
import { toAnnualPlanRow, toPlanActionRow, toThreeYearPlanRow } from "./plan-rows";

// Find a plan record of the actor's city (else 404) and check the version the caller read.

type Versioned = { id: string; version: number };

export async function loadThreeYearPlan(tx: Tx, actor: Actor, input: Versioned) {
  const record = await tx.threeYearPlan.findFirst({ where: { id: input.id, cityId: requireCityId(actor), deletedAt: null } });
  if (!record) throw notFound("三年规划");
  if (record.version !== input.version) throw versionConflict(toThreeYearPlanRow(record), input);
  return record;
}

export async function loadAnnualPlan(tx: Tx, actor: Actor, input: Versioned) {
  const record = await tx.annualPlan.findFirst({ where: { id: input.id, cityId: requireCityId(actor), deletedAt: null } });
  if (!record) throw notFound("年度实施方案");
  if (record.version !== input.version) throw versionConflict(toAnnualPlanRow(record), input);
  return record;
}

export async function loadPlanAction(tx: Tx, actor: Actor, input: Versioned) {
  const record = await tx.planAction.findFirst({ where: { id: input.id, cityId: requireCityId(actor), deletedAt: null } });
  if (!record) throw notFound("行动");
  if (record.version !== input.version) throw versionConflict(toPlanActionRow(record), input);
  return record;
}

/** Actions are matched by name when a task list is imported, so names are unique within an annual plan. */
export async function assertActionNameFree(tx: Tx, annualPlanId: string, name: string, exceptId?: string) {
  const clash = await tx.planAction.findFirst({
    where: { annualPlanId, name, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw invalidInput({ name: ["该年度实施方案中已有同名行动"] });
}

/** Saves only if nobody saved in between; a lost race is a conflict showing the saved row. */
export function assertSaved<T>(count: number, saved: T, submitted: unknown) {
  if (count === 0) throw versionConflict(saved, submitted);
}
