import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityIdsInScope } from "@/lib/server/cities/city-scope";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listAuditQuery, type AuditEntryRow, type ListAuditParams } from "@/lib/validation/audit";

/**
 * The audit log, newest first: all of it for a system admin, the entries of the province's
 * cities for a supervisor, the city's for a city admin. Entries without a city (provinces,
 * system admins) are a system admin's only.
 */
export async function listAuditEntries(actor: Actor, params: ListAuditParams = {}): Promise<{ items: AuditEntryRow[]; total: number }> {
  const scope = assertCan(actor, "read:audit");
  const parsed = listAuditQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { entityType, entityId, actorQuery, page, pageSize } = parsed.data;
  const cityIds = await cityIdsInScope(db(), actor, scope);
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      cityIds ? { cityId: { in: cityIds } } : {},
      entityType ? { entityType } : {},
      entityId ? { entityId } : {},
      actorQuery ? { actorLabel: containsText(actorQuery) } : {},
    ],
  };
  const [records, total] = await Promise.all([
    db().auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().auditLog.count({ where }),
  ]);
  const items = records.map((record) => ({
    id: record.id,
    at: record.at.toISOString(),
    actorLabel: record.actorLabel,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    cityId: record.cityId,
    before: record.before,
    after: record.after,
  }));
  return { items, total };
}
