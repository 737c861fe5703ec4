import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextSiteCodes } from "@/lib/domain/sites/site-code";
import type { Tx } from "@/lib/server/tx";
import { siteRowInclude, toSiteRow, type SiteRecord } from "./site-row";
import { siteScopeWhere } from "./site-scope";

// The steps every site mutation shares: find within scope, check the version the caller read,
// save only if nobody saved in between, and check what the input names against the city.

export async function loadSiteForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<SiteRecord> {
  const record = await tx.site.findFirst({ where: { AND: [{ id: input.id }, siteScopeWhere(actor, scope)] }, include: siteRowInclude });
  if (!record) throw notFound("点位");
  if (record.version !== input.version) throw versionConflict(toSiteRow(record), input);
  return record;
}

export async function saveSiteChange(tx: Tx, record: SiteRecord, data: Prisma.SiteUncheckedUpdateManyInput, submitted: unknown): Promise<SiteRecord> {
  const { count } = await tx.site.updateMany({ where: { id: record.id, version: record.version }, data: { ...data, version: { increment: 1 } } });
  const saved = await tx.site.findUniqueOrThrow({ where: { id: record.id }, include: siteRowInclude });
  if (count === 0) throw versionConflict(toSiteRow(saved), submitted);
  return saved;
}

/** Site types are global (by name); an unknown id is a field error, not a missing record. */
export async function assertSiteTypeExists(tx: Tx, siteTypeId: string): Promise<void> {
  const found = await tx.siteType.findUnique({ where: { id: siteTypeId }, select: { id: true } });
  if (!found) throw invalidInput({ siteTypeId: ["点位类型不存在"] });
}

/** The responsible unit must be a live department of the site's city. */
export async function assertCityDepartment(tx: Tx, cityId: string, departmentId: string): Promise<void> {
  const found = await tx.department.findFirst({ where: { id: departmentId, cityId, deletedAt: null }, select: { id: true } });
  if (!found) throw invalidInput({ responsibleDepartmentId: ["请选择本市的单位"] });
}

/** Codes are unique per city, deactivated sites included (they keep their photos' code). */
export async function assertSiteCodeFree(tx: Tx, cityId: string, code: string, exceptId?: string): Promise<void> {
  const clash = await tx.site.findFirst({
    where: { cityId, code: { equals: code, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw invalidInput({ code: ["本市已有该编号的点位"] });
}

/** The next `count` free generated codes of the city (D-0001 …), also clear of `alsoTaken` (an import's own codes). */
export async function allocateSiteCodes(tx: Tx, cityId: string, count: number, alsoTaken: readonly string[] = []): Promise<string[]> {
  if (count === 0) return [];
  const existing = await tx.site.findMany({ where: { cityId }, select: { code: true } });
  return nextSiteCodes([...existing.map((site) => site.code), ...alsoTaken], count);
}
